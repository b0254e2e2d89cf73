namespace TyokykyBot.Graph;

/// <summary>A Graph collection answer, <c>{ "value": [ … ] }</c>.</summary>
internal sealed record GraphCollection<T>(IReadOnlyList<T>? Value);
