namespace TyokykyBot.Cases;

/// <summary>Someone who can act on it must be told (a text key and neutral format values: times and counts only).</summary>
public sealed record NoticeNeeded(string TextKey, IReadOnlyList<string> Args) : CaseEvent;
