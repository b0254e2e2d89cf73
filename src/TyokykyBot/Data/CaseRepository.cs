using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TyokykyBot.Cases;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Data;

/// <summary>
/// Cases as encrypted snapshots, and their audit trail as rows of its own (not inside the snapshot,
/// which would grow with every entry and be re-encrypted with it). Never saves: the caller's unit of work
/// (which also carries outbox rows) commits the case, its audit rows and the rest at once. The case's
/// events become the outbox rows their followers plan (<see cref="CaseFollowUps"/>), in that same unit of work.
/// </summary>
public sealed partial class CaseRepository(
    TyokykyDbContext db, IFieldProtector protector, PersonPseudonyms pseudonyms, TimeProvider time, CaseFollowUps? followUps = null)
{
    /// <summary>The record behind each case this scope added or loaded, what it stores, and how much of its audit and events is written.</summary>
    private readonly Dictionary<Case, (CaseRecord Record, CaseSnapshot Stored, int AuditStored, int EventsPlanned)> _tracked = new(ReferenceEqualityComparer.Instance);

    public void Add(Case c, string tenantId)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        var now = time.GetUtcNow();
        var record = new CaseRecord
        {
            Id = c.Id,
            Code = c.Code,
            TenantId = tenantId,
            State = c.State.ToString(),
            ProtectedData = Protect(c, out var stored),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            EmployeeKey = pseudonyms.Of(c.Employee.Person.ActorId),
        };
        db.Cases.Add(record);
        _tracked[c] = (record, stored, 0, 0);
        AppendAudit(c);
        PlanFollowUps(c);
    }

    public async Task<Case?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Load(await db.Cases.SingleOrDefaultAsync(r => r.Id == id, cancellationToken));

    /// <summary>The employee's cases that are still under way (not cancelled, closed or erased), newest first.</summary>
    public async Task<IReadOnlyList<Case>> OpenCasesOfAsync(string employeeAadObjectId, CancellationToken cancellationToken)
    {
        var keys = pseudonyms.AllOf(employeeAadObjectId);
        var records = await db.Cases
            .Where(r => r.EmployeeKey != null && keys.Contains(r.EmployeeKey) && !ClosedStates.Contains(r.State))
            .OrderByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        return [.. records.Select(r => Load(r)!)];
    }

    private static readonly string[] ClosedStates = [nameof(CaseState.Cancelled), nameof(CaseState.Closed), nameof(CaseState.Erased)];

    public async Task<Case?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var normalised = code.Trim().ToUpperInvariant();
        return Load(await db.Cases.SingleOrDefaultAsync(r => r.Code == normalised, cancellationToken));
    }

    /// <summary>
    /// Stores the case's current state and bumps its version: a case changed and saved elsewhere
    /// since it was loaded makes SaveChanges throw <see cref="DbUpdateConcurrencyException"/>. A case
    /// whose data did not change (a refused click, a double click) is left byte for byte as it is:
    /// only its new audit entries are added.
    /// </summary>
    public void Update(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!_tracked.TryGetValue(c, out var tracked))
            throw new InvalidOperationException($"Case {c.Id} was not added or loaded through this repository; load it before updating it.");
        var snapshot = c.ToSnapshot();
        if (!snapshot.Equals(tracked.Stored))
        {
            var record = tracked.Record;
            record.State = c.State.ToString();
            record.ProtectedData = Protect(snapshot);
            record.UpdatedAt = time.GetUtcNow();
            record.Version++;
            _tracked[c] = tracked with { Stored = snapshot };
        }

        AppendAudit(c);
        PlanFollowUps(c);
    }

    /// <summary>Audits that someone saw part of a case. <paramref name="what"/> is a neutral code such as "consent-card-viewed".</summary>
    public async Task RecordReadAsync(Guid caseId, string actor, string what, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (what.Length > 60 || !NeutralCode().IsMatch(what))
            throw new ArgumentException("A read is recorded as a short lower-case code (letters, digits, '-'), never free text.", nameof(what));
        await db.AuditLog.AddAsync(new AuditRecord { At = time.GetUtcNow(), CaseId = caseId, Actor = protector.Protect(actor), Action = what, Detail = "" }, cancellationToken);
    }

    private Case? Load(CaseRecord? record)
    {
        if (record is null)
            return null;
        var snapshot = CaseSnapshotJson.Read(protector.UnprotectUtf8(record.ProtectedData));
        if (snapshot.Id != record.Id)
            throw new InvalidDataException($"Case {record.Id} holds the data of another case.");
        var c = Case.FromSnapshot(snapshot);
        // What the case stores now, as this version writes it (an older snapshot may differ in form only).
        _tracked[c] = (record, c.ToSnapshot(), c.Audit.Count, c.Events.Count);
        return c;
    }

    private string Protect(Case c, out CaseSnapshot snapshot)
    {
        snapshot = c.ToSnapshot();
        return Protect(snapshot);
    }

    private string Protect(CaseSnapshot snapshot) =>
        protector.ProtectUtf8(CaseSnapshotJson.Write(snapshot));

    private void AppendAudit(Case c)
    {
        var tracked = _tracked[c];
        // UTC: PostgreSQL's timestamptz takes no other offset.
        foreach (var entry in c.Audit.Skip(tracked.AuditStored))
            db.AuditLog.Add(new AuditRecord { At = entry.At.ToUniversalTime(), CaseId = c.Id, Actor = protector.Protect(entry.Actor), Action = entry.Action.ToString(), Detail = entry.Detail });
        _tracked[c] = tracked with { AuditStored = c.Audit.Count };
    }

    private void PlanFollowUps(Case c)
    {
        var tracked = _tracked[c];
        if (followUps is not null)
        {
            foreach (var happened in c.Events.Skip(tracked.EventsPlanned))
                followUps.Plan(c, happened);
        }

        _tracked[c] = _tracked[c] with { EventsPlanned = c.Events.Count };
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex NeutralCode();
}
