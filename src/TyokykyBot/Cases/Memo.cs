namespace TyokykyBot.Cases;

/// <summary>
/// One version of a meeting's memo. A correction is a new version (<see cref="Number"/> + 1) and
/// the one before becomes <see cref="MemoState.Superseded"/>; approvals belong to one version.
/// <see cref="Revision"/> is the stored row's version this copy was read at (0: not stored yet), so
/// that a stale copy cannot overwrite a newer one.
/// </summary>
public sealed record Memo(Guid Id, Guid CaseId, int MeetingNumber, int Number, Guid WrittenBy, MemoState State, MemoContent Content)
{
    public int Revision { get; init; }

    public static Memo Draft(Guid caseId, int meetingNumber, Guid writtenBy, MemoContent content, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), caseId, meetingNumber, 1, writtenBy, MemoState.Draft, content);

    /// <summary>The next version, with the corrected content, as a draft.</summary>
    public Memo Corrected(MemoContent content, DateTimeOffset now) =>
        new(Guid.CreateVersion7(now), CaseId, MeetingNumber, Number + 1, WrittenBy, MemoState.Draft, content);
}
