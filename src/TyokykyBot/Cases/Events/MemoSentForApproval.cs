namespace TyokykyBot.Cases;

/// <summary>The secretary sent a memo version for approval: its approvers get it, and earlier versions' cards are updated.</summary>
public sealed record MemoSentForApproval(Guid MemoId) : CaseEvent;
