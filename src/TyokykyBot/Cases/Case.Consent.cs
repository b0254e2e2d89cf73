namespace TyokykyBot.Cases;

public sealed partial class Case
{
    private static readonly CaseState[] ChangeableStates = [CaseState.Scheduling, CaseState.Scheduled];

    /// <summary>
    /// The employee gives consent (→ Scheduling) or changes it while the meeting is being or has
    /// been scheduled (state stays). Each call that succeeds adds a version.
    /// </summary>
    public ConsentResult RecordConsent(PersonRef actor, ConsentDraft draft, DateTimeOffset now)
    {
        if (Refusal(actor, now, [CaseState.AwaitingConsent, .. ChangeableStates]) is { } refused)
            return refused;
        var errors = ConsentValidator.Validate(draft, _participants);
        if (errors.Count > 0)
            return ConsentResult.Invalid(errors);

        if (LatestConsent is { Decision: ConsentDecision.Given } latest && latest.Says(draft, StewardIdOf(draft.ShopSteward)))
            return Repeat(actor, now, latest);

        var version = ConsentVersion.Given(NextVersion, actor.ActorId, now, draft, ShopStewardFor(draft.ShopSteward, now));
        _consents.Add(version);
        if (State == CaseState.AwaitingConsent)
            State = CaseState.Scheduling;
        Record(now, actor, AuditAction.ConsentRecorded, Detail(version));
        _events.Add(new ConsentRecorded(version.Decision));
        return ConsentResult.Recorded(version);
    }

    public ConsentResult Decline(PersonRef actor, DateTimeOffset now) =>
        Repeated(actor, now, ConsentDecision.Declined)
        ?? Refusal(actor, now, [CaseState.AwaitingConsent])
        ?? Close(actor, now, ConsentDecision.Declined, AuditAction.ConsentDeclined);

    public ConsentResult Withdraw(PersonRef actor, DateTimeOffset now) =>
        Repeated(actor, now, ConsentDecision.Withdrawn)
        ?? Refusal(actor, now, ChangeableStates)
        ?? Close(actor, now, ConsentDecision.Withdrawn, AuditAction.ConsentWithdrawn);

    /// <summary>The employee's second click on a decision already recorded changes nothing.</summary>
    private ConsentResult? Repeated(PersonRef actor, DateTimeOffset now, ConsentDecision decision) =>
        LatestConsent is { } latest && latest.Decision == decision && Disclosure.For(this, Reader.WithoutHealthData(actor.AadObjectId)).DecidesConsent
            ? Repeat(actor, now, latest)
            : null;

    /// <summary>The same answer again (a double click, a replay): no new version, only the audit entry that it came.</summary>
    private ConsentResult Repeat(PersonRef actor, DateTimeOffset now, ConsentVersion latest)
    {
        Record(now, actor, AuditAction.ConsentRepeated, Detail(latest));
        return ConsentResult.Unchanged(latest);
    }

    private ConsentResult Close(PersonRef actor, DateTimeOffset now, ConsentDecision decision, AuditAction action)
    {
        var version = ConsentVersion.Empty(NextVersion, actor.ActorId, now, decision);
        _consents.Add(version);
        State = CaseState.Cancelled;
        Record(now, actor, action, Detail(version));
        _events.Add(new ConsentRecorded(decision));
        return ConsentResult.Recorded(version);
    }

    /// <summary>Only the employee, matched by AAD id, decides on consent; a refusal is audited too.</summary>
    private ConsentResult? Refusal(PersonRef actor, DateTimeOffset now, CaseState[] allowed)
    {
        var employeeId = Employee.Person.AadObjectId;
        if (actor.AadObjectId is null || !string.Equals(actor.AadObjectId, employeeId, StringComparison.OrdinalIgnoreCase))
        {
            Record(now, actor, AuditAction.ConsentRefused, "not-allowed");
            return ConsentResult.Refused(ConsentOutcome.NotAllowed);
        }
        if (!allowed.Contains(State))
        {
            Record(now, actor, AuditAction.ConsentRefused, "invalid-state:" + State);
            return ConsentResult.Refused(ConsentOutcome.InvalidState);
        }
        return null;
    }

    private Guid? StewardIdOf(PersonRef? steward) =>
        steward is null ? null : _participants.FirstOrDefault(p => p.Role == CaseRole.ShopSteward && p.Person.Matches(steward))?.Id ?? Guid.Empty;

    /// <summary>Reuses the roster entry of a steward named in an earlier version.</summary>
    private Guid? ShopStewardFor(PersonRef? steward, DateTimeOffset now)
    {
        if (steward is null)
            return null;
        var known = _participants.FirstOrDefault(p => p.Role == CaseRole.ShopSteward && p.Person.Matches(steward));
        if (known is not null)
            return known.Id;
        var added = new Participant(Guid.CreateVersion7(now), steward, CaseRole.ShopSteward);
        _participants.Add(added);
        return added.Id;
    }

    private int NextVersion => _consents.Count + 1;

    private static string Detail(ConsentVersion version) => "v" + version.Number;
}
