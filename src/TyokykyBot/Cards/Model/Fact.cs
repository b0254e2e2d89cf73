namespace TyokykyBot.Cards;

public sealed record Fact(string Title, string Value);
