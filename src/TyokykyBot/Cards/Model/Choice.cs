namespace TyokykyBot.Cards;

/// <summary>Both are required and non-empty: the reference parser refuses an empty title or value.</summary>
public sealed record Choice(string Title, string Value);
