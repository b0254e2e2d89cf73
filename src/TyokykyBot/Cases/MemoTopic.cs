namespace TyokykyBot.Cases;

/// <summary>One consented topic (its seed key) and what was agreed about it, in terms of work.</summary>
public sealed record MemoTopic(string Topic, string Summary);
