namespace TyokykyBot.Cards;

public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
