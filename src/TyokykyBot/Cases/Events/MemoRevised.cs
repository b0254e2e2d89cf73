namespace TyokykyBot.Cases;

/// <summary>The secretary started the next version after a correction request: the old version's cards say a new one is coming.</summary>
public sealed record MemoRevised(Guid MemoId) : CaseEvent;
