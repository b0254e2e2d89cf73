namespace TyokykyBot.Cases;

/// <summary>One participant's answer to one memo version; a correction request says what to correct.</summary>
public sealed record MemoApproval(Guid MemoId, Guid ParticipantId, MemoApprovalDecision Decision, DateTimeOffset At, string? Comment = null);
