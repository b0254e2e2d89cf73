namespace TyokykyBot.Cases;

/// <summary>
/// The memo's trail on the case. A memo is its own row (<see cref="Memo"/>); what happens to it is
/// audited here, on the case, with the memo's id and version only, never its text.
/// </summary>
public sealed partial class Case
{
    /// <summary>
    /// The memo of the current meeting may be written and sent for approval once the meeting has begun
    /// (its booked start has passed) or the organiser has said it was held, until the case moves past follow-up.
    /// </summary>
    public bool MemoMayBeWritten(DateTimeOffset now) =>
        State is CaseState.Held or CaseState.FollowUp
        || (State == CaseState.Scheduled && !MeetingCancelled && Meeting is { } booked && booked.Start <= now);

    /// <summary>Audits <paramref name="action"/> on <paramref name="memo"/>; <paramref name="detail"/> is a neutral code or nothing.</summary>
    public void RecordMemo(PersonRef actor, AuditAction action, Memo memo, DateTimeOffset now, string detail = "")
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(memo);
        if (memo.CaseId != Id)
            throw new ArgumentException($"Memo {memo.Id} belongs to another case.", nameof(memo));
        Record(now, actor, action, MemoDetail(memo, detail));
    }

    /// <summary>Audits what the system did with a memo on its own (a version delivered, a card retracted).</summary>
    public void RecordMemo(AuditAction action, Memo memo, DateTimeOffset now, string detail = "")
    {
        ArgumentNullException.ThrowIfNull(memo);
        if (memo.CaseId != Id)
            throw new ArgumentException($"Memo {memo.Id} belongs to another case.", nameof(memo));
        Record(now, SystemActor, action, MemoDetail(memo, detail));
    }

    private static string MemoDetail(Memo memo, string detail) =>
        $"memo:{memo.Id:N} v{memo.Number}" + (string.IsNullOrEmpty(detail) ? "" : " " + detail);
}
