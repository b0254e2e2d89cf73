namespace TyokykyBot.Cases;

/// <summary>
/// One employee's case meeting process: who is on it, the employee's consent versions, and
/// what it has recorded for the audit trail. Consent operations are in Case.Consent.cs, the rules that read it in Case.Rules.cs,
/// the meeting's booking and roles in Case.Meeting.cs and Case.MeetingRoles.cs.
/// </summary>
public sealed partial class Case
{
    private readonly List<Participant> _participants = [];
    private readonly List<ConsentVersion> _consents = [];
    private readonly List<AuditEntry> _audit = [];
    private readonly List<CaseEvent> _events = [];

    private Case()
    {
        Code = "";
        Convener = null!;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public CaseState State { get; private set; }

    public PersonRef Convener { get; private set; }

    public CaseRole ConvenerRole { get; private set; }

    public DateTimeOffset ConvenedAt { get; private set; }

    public MeetingKind Kind { get; private set; }

    public DateOnly WindowStart { get; private set; }

    public DateOnly WindowEnd { get; private set; }

    public int LengthMinutes { get; private set; }

    public MeetingMode Mode { get; private set; }

    public IReadOnlyList<Participant> Participants => _participants;

    public IReadOnlyList<ConsentVersion> Consents => _consents;

    /// <summary>
    /// What this instance recorded since it was convened or restored, oldest first. The store appends
    /// these to the audit log, where the whole trail is; they are not kept with the case's data, so a
    /// case's stored size does not grow with every look and change.
    /// </summary>
    public IReadOnlyList<AuditEntry> Audit => _audit;

    /// <summary>
    /// What happened since this instance was convened or restored, for the other features to follow
    /// (the repository plans their outbox rows as it saves the case). Like <see cref="Audit"/>, not stored.
    /// </summary>
    public IReadOnlyList<CaseEvent> Events => _events;

    /// <summary>
    /// Records what the case itself cannot know: where it was convened from, a notice for whoever
    /// can act, a status card asked for. The case's own changes record their events themselves.
    /// </summary>
    public void Announce(CaseEvent happened)
    {
        ArgumentNullException.ThrowIfNull(happened);
        _events.Add(happened);
    }

    /// <summary>A notice to whoever holds the meeting's controls, who is also the one who can act on it.</summary>
    public void Notify(string textKey, params string[] args) => Announce(new NoticeNeeded(textKey, args));

    public Participant Employee => _participants.Single(p => p.Role == CaseRole.Employee);

    /// <summary>
    /// Starts a case from the convene card. User errors come back keyed by field; nothing throws.
    /// The case code is derived from <paramref name="caseId"/>, so a new id gives a new code.
    /// </summary>
    public static ConveneResult Convene(ConveneRequest request, Guid caseId, DateTimeOffset now)
    {
        var validator = new ConveneValidator(request, now).Validate();
        if (validator.Errors.Count > 0)
            return new ConveneResult(null, validator.Errors);

        var created = new Case
        {
            Id = caseId,
            Code = CaseCode.From(caseId),
            State = CaseState.AwaitingConsent,
            Convener = request.Convener,
            ConvenerRole = request.ConvenerRole,
            ConvenedAt = now,
            Kind = request.Kind,
            WindowStart = request.WindowStart!.Value,
            WindowEnd = request.WindowEnd!.Value,
            LengthMinutes = request.LengthMinutes,
            Mode = request.Mode,
            Place = string.IsNullOrWhiteSpace(request.Place) ? null : request.Place.Trim(),
        };
        foreach (var entry in validator.Roster)
            created._participants.Add(new Participant(Guid.CreateVersion7(now), entry.Person, entry.Role));
        created.Record(now, request.Convener, AuditAction.CaseConvened, "");
        return new ConveneResult(created, []);
    }

    public CaseStatus Status() => new(Id, Code, State, LatestConsent?.Decision switch
    {
        ConsentDecision.Given => ConsentStatus.Given,
        ConsentDecision.Declined => ConsentStatus.Declined,
        ConsentDecision.Withdrawn => ConsentStatus.Withdrawn,
        _ => ConsentStatus.Pending,
    });

    private void Record(DateTimeOffset at, PersonRef actor, AuditAction action, string detail) =>
        Record(at, actor.ActorId, action, detail);

    private void Record(DateTimeOffset at, string actorId, AuditAction action, string detail) =>
        _audit.Add(new AuditEntry(at, actorId, action, detail));
}
