using Microsoft.EntityFrameworkCore;
using TyokykyBot.Cases;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Data;

/// <summary>
/// Agreed actions as encrypted rows beside the case, found by case, by owner (a pseudonym) or by due
/// date without decrypting any. Never saves; updates follow the rules of <see cref="MemoRepository"/>.
/// </summary>
public sealed class ActionRepository(TyokykyDbContext db, IFieldProtector protector, PersonPseudonyms pseudonyms, TimeProvider time)
{
    private static readonly string OpenState = nameof(AgreedActionState.Open);
    private readonly Dictionary<Guid, (ActionRecord Record, AgreedAction Stored)> _tracked = [];

    /// <summary>Stores a new action; returns it at its first revision.</summary>
    public AgreedAction Add(AgreedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.OwnerId);
        if (action.Revision != 0)
            throw new InvalidOperationException($"Action {action.Id} is already stored; update it instead.");
        var now = time.GetUtcNow();
        var stored = action with { Revision = 1 };
        var record = new ActionRecord
        {
            Id = action.Id,
            CaseId = action.CaseId,
            MeetingNumber = action.MeetingNumber,
            OwnerKey = pseudonyms.Of(action.OwnerId),
            ProtectedOwner = protector.Protect(action.OwnerId),
            DueOn = action.DueOn,
            State = action.State.ToString(),
            ProtectedContent = Protect(action),
            CreatedAt = now,
            UpdatedAt = now,
            RowVersion = 1,
        };
        db.Actions.Add(record);
        _tracked[action.Id] = (record, stored);
        return stored;
    }

    public async Task<AgreedAction?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Actions.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is { } record ? Load(record) : null;

    /// <summary>The case's actions, by due date.</summary>
    public async Task<IReadOnlyList<AgreedAction>> OfCaseAsync(Guid caseId, CancellationToken cancellationToken) =>
        Load(await db.Actions.Where(r => r.CaseId == caseId).OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToListAsync(cancellationToken));

    /// <summary>The person's open actions in every case, by due date (their pseudonym under any configured key).</summary>
    public async Task<IReadOnlyList<AgreedAction>> OpenOfOwnerAsync(string ownerId, CancellationToken cancellationToken)
    {
        var keys = pseudonyms.AllOf(ownerId);
        return Load(await db.Actions.Where(r => keys.Contains(r.OwnerKey) && r.State == OpenState)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToListAsync(cancellationToken));
    }

    /// <summary>Open actions due on or before <paramref name="day"/>: what reminders are about.</summary>
    public async Task<IReadOnlyList<AgreedAction>> OpenDueByAsync(DateOnly day, CancellationToken cancellationToken) =>
        Load(await db.Actions.Where(r => r.State == OpenState && r.DueOn <= day)
            .OrderBy(r => r.DueOn).ThenBy(r => r.Id).ToListAsync(cancellationToken));

    /// <summary>
    /// Stores the action's new owner, due date, state or content and returns it at its next revision; an
    /// unchanged action is left as it is. Throws <see cref="DbUpdateConcurrencyException"/> for a stale copy.
    /// </summary>
    public AgreedAction Update(AgreedAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(action.OwnerId);
        if (!_tracked.TryGetValue(action.Id, out var tracked))
            throw new InvalidOperationException($"Action {action.Id} was not added or loaded through this repository; load it before updating it.");
        RowRevisions.Check(action.Id, action.Revision, tracked.Stored.Revision);
        if (action.CaseId != tracked.Stored.CaseId || action.MeetingNumber != tracked.Stored.MeetingNumber)
            throw new InvalidOperationException($"Action {action.Id} cannot move to another case or meeting.");
        if (action == tracked.Stored)
            return action;

        var record = tracked.Record;
        var stored = action with { Revision = action.Revision + 1 };
        if (action.OwnerId != tracked.Stored.OwnerId)
            (record.OwnerKey, record.ProtectedOwner) = (pseudonyms.Of(action.OwnerId), protector.Protect(action.OwnerId));
        if (action.Content != tracked.Stored.Content)
            record.ProtectedContent = Protect(action);
        record.DueOn = action.DueOn;
        record.State = action.State.ToString();
        record.UpdatedAt = time.GetUtcNow();
        record.RowVersion = stored.Revision;
        _tracked[action.Id] = (record, stored);
        return stored;
    }

    private IReadOnlyList<AgreedAction> Load(List<ActionRecord> records) => [.. records.Select(Load)];

    private AgreedAction Load(ActionRecord record)
    {
        if (_tracked.TryGetValue(record.Id, out var tracked))
            return tracked.Stored;
        var content = ProtectedJson.Unprotect(protector, record.Id, record.ProtectedContent, CaseSnapshotJsonContext.Default.RowContentAgreedActionContent);
        var action = new AgreedAction(record.Id, record.CaseId, record.MeetingNumber, protector.Unprotect(record.ProtectedOwner), record.DueOn,
            Enum.Parse<AgreedActionState>(record.State), content)
        {
            Revision = record.RowVersion,
        };
        _tracked[record.Id] = (record, action);
        return action;
    }

    private string Protect(AgreedAction action) =>
        ProtectedJson.Protect(protector, action.Id, action.Content, CaseSnapshotJsonContext.Default.RowContentAgreedActionContent);
}
