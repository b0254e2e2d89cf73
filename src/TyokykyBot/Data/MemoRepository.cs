using Microsoft.EntityFrameworkCore;
using TyokykyBot.Cases;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Data;

/// <summary>
/// Memo versions and their approvals as encrypted rows beside the case. Never saves: the caller's
/// unit of work commits. A memo is updated only from a copy read or added in the same scope, and only
/// if it is that copy's newest revision; one saved elsewhere since makes SaveChanges throw
/// <see cref="DbUpdateConcurrencyException"/>.
/// </summary>
public sealed class MemoRepository(TyokykyDbContext db, IFieldProtector protector, TimeProvider time)
{
    private readonly Dictionary<Guid, (MemoRecord Record, Memo Stored)> _tracked = [];

    /// <summary>Stores a new memo version; returns it at its first revision.</summary>
    public Memo Add(Memo memo)
    {
        ArgumentNullException.ThrowIfNull(memo);
        if (memo.Revision != 0)
            throw new InvalidOperationException($"Memo {memo.Id} is already stored; update it instead.");
        var now = time.GetUtcNow();
        var stored = memo with { Revision = 1 };
        var record = new MemoRecord
        {
            Id = memo.Id,
            CaseId = memo.CaseId,
            MeetingNumber = memo.MeetingNumber,
            Number = memo.Number,
            WrittenBy = memo.WrittenBy,
            State = memo.State.ToString(),
            ProtectedContent = Protect(memo),
            CreatedAt = now,
            UpdatedAt = now,
            RowVersion = 1,
        };
        db.Memos.Add(record);
        _tracked[memo.Id] = (record, stored);
        return stored;
    }

    public async Task<Memo?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Memos.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } record ? Load(record) : null;

    /// <summary>Every version of a meeting's memo, oldest first.</summary>
    public async Task<IReadOnlyList<Memo>> VersionsAsync(Guid caseId, int meetingNumber, CancellationToken cancellationToken)
    {
        var records = await db.Memos.Where(r => r.CaseId == caseId && r.MeetingNumber == meetingNumber)
            .OrderBy(r => r.Number).ToListAsync(cancellationToken);
        return [.. records.Select(Load)];
    }

    /// <summary>The newest version of a meeting's memo, decrypting no other.</summary>
    public async Task<Memo?> LatestAsync(Guid caseId, int meetingNumber, CancellationToken cancellationToken) =>
        await db.Memos.Where(r => r.CaseId == caseId && r.MeetingNumber == meetingNumber)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken) is { } record ? Load(record) : null;

    /// <summary>
    /// Stores the memo's new state or content and returns it at its next revision; an unchanged memo is
    /// left as it is. Throws <see cref="DbUpdateConcurrencyException"/> for a copy older than the newest here.
    /// </summary>
    public Memo Update(Memo memo)
    {
        ArgumentNullException.ThrowIfNull(memo);
        if (!_tracked.TryGetValue(memo.Id, out var tracked))
            throw new InvalidOperationException($"Memo {memo.Id} was not added or loaded through this repository; load it before updating it.");
        RowRevisions.Check(memo.Id, memo.Revision, tracked.Stored.Revision);
        if (memo.CaseId != tracked.Stored.CaseId || memo.MeetingNumber != tracked.Stored.MeetingNumber || memo.Number != tracked.Stored.Number)
            throw new InvalidOperationException($"Memo {memo.Id} cannot move to another case, meeting or version number.");
        if (memo == tracked.Stored)
            return memo;

        var record = tracked.Record;
        var stored = memo with { Revision = memo.Revision + 1 };
        record.State = memo.State.ToString();
        record.WrittenBy = memo.WrittenBy;
        if (memo.Content != tracked.Stored.Content)
            record.ProtectedContent = Protect(memo);
        record.UpdatedAt = time.GetUtcNow();
        record.RowVersion = stored.Revision;
        _tracked[memo.Id] = (record, stored);
        return stored;
    }

    /// <summary>
    /// Adds a participant's answer to a memo version. A second answer by the same participant to the
    /// same version makes SaveChanges throw <see cref="DbUpdateException"/> (a unique index): a correction
    /// is answered on its new version.
    /// </summary>
    public void AddApproval(MemoApproval approval)
    {
        ArgumentNullException.ThrowIfNull(approval);
        db.MemoApprovals.Add(new MemoApprovalRecord
        {
            MemoId = approval.MemoId,
            ParticipantId = approval.ParticipantId,
            Decision = approval.Decision.ToString(),
            At = approval.At.ToUniversalTime(),
            ProtectedComment = approval.Comment is null ? null : protector.Protect(approval.Comment),
        });
    }

    /// <summary>The answers to a memo version, oldest first.</summary>
    public async Task<IReadOnlyList<MemoApproval>> ApprovalsAsync(Guid memoId, CancellationToken cancellationToken)
    {
        var records = await db.MemoApprovals.Where(a => a.MemoId == memoId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        return [.. records.Select(a => new MemoApproval(a.MemoId, a.ParticipantId, Enum.Parse<MemoApprovalDecision>(a.Decision), a.At,
            a.ProtectedComment is null ? null : protector.Unprotect(a.ProtectedComment)))];
    }

    private Memo Load(MemoRecord record)
    {
        if (_tracked.TryGetValue(record.Id, out var tracked))
            return tracked.Stored;
        var content = ProtectedJson.Unprotect(protector, record.Id, record.ProtectedContent, CaseSnapshotJsonContext.Default.RowContentMemoContent);
        var memo = new Memo(record.Id, record.CaseId, record.MeetingNumber, record.Number, record.WrittenBy, Enum.Parse<MemoState>(record.State), content)
        {
            Revision = record.RowVersion,
        };
        _tracked[record.Id] = (record, memo);
        return memo;
    }

    private string Protect(Memo memo) =>
        ProtectedJson.Protect(protector, memo.Id, memo.Content, CaseSnapshotJsonContext.Default.RowContentMemoContent);
}
