namespace TyokykyBot.BotFramework.Schema;

/// <summary>One choice offered to a <c>Data.Query</c>: <see cref="Title"/> is shown, <see cref="Value"/> is submitted.</summary>
public sealed record SearchResult(string Title, string Value);
