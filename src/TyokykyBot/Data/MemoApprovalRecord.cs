namespace TyokykyBot.Data;

/// <summary>
/// A participant's answer to a memo version, a row of its own: participants answer at the same time,
/// and as rows their answers neither conflict with one another nor rewrite the memo's text.
/// </summary>
public class MemoApprovalRecord
{
    public long Id { get; set; }
    public Guid MemoId { get; set; }
    public Guid ParticipantId { get; set; }
    public required string Decision { get; set; }
    public DateTimeOffset At { get; set; }
    /// <summary>What to correct, encrypted; null with an approval.</summary>
    public string? ProtectedComment { get; set; }
}
