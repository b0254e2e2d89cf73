namespace TyokykyBot.Cards;

/// <summary>Shows <see cref="Card"/> in place, under the buttons.</summary>
public sealed record ShowCardAction(AdaptiveCard Card) : AdaptiveAction;
