namespace TyokykyBot.BotFramework.Schema;

/// <summary>Which page of results the client asks for.</summary>
public sealed record SearchQueryOptions(int? Skip, int? Top);
