namespace TyokykyBot.Cases;

/// <summary>Every participant approved a memo version: it goes to its recipients, and the case moves on to follow-up.</summary>
public sealed record MemoFinal(Guid MemoId) : CaseEvent;
