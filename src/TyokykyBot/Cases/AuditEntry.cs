namespace TyokykyBot.Cases;

/// <summary>
/// One line of a case's history. <paramref name="Detail"/> is neutral by construction (a version
/// number or a refusal reason), so the trail can be shown and exported without health data.
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, AuditAction Action, string Detail);
