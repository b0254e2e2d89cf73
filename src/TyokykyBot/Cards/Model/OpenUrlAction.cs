namespace TyokykyBot.Cards;

public sealed record OpenUrlAction(string Url) : AdaptiveAction;
