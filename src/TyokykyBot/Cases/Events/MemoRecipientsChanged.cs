namespace TyokykyBot.Cases;

/// <summary>Who may hold a memo changed (a consent change, a narrowed list): delivered cards are retracted or kept true.</summary>
public sealed record MemoRecipientsChanged(Guid MemoId) : CaseEvent;
