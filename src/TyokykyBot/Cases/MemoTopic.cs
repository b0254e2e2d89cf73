namespace TyokykyBot.Cases;

/// <summary>
/// One consented topic (its seed key) and what was agreed about it, in terms of work. Whether the
/// topic's name is shown or a neutral heading ("Asia 1") is decided by the latest consent when the memo
/// is shown, never stored.
/// </summary>
public sealed record MemoTopic(string Topic, string Summary);
