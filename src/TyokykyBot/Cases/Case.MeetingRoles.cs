namespace TyokykyBot.Cases;

/// <summary>
/// Who chairs, who keeps the memo, who confirmed a private space for a remote meeting. Each is
/// read through the latest consent: someone a consent change removes stops counting, though the
/// id stays recorded.
/// </summary>
public sealed partial class Case
{
    private static readonly CaseState[] RoleStates = [CaseState.Scheduling, CaseState.Scheduled, CaseState.Held];

    private readonly List<RemoteConfirmation> _remoteConfirmations = [];

    public Guid? ChairId { get; private set; }

    public Guid? SecretaryId { get; private set; }

    public IReadOnlyList<RemoteConfirmation> RemoteConfirmations => _remoteConfirmations;

    public Participant? Chair => AttendeeWith(ChairId);

    public Participant? Secretary => AttendeeWith(SecretaryId);

    /// <summary>
    /// Null clears a role. The secretary must be inside the tenant: they write and post the memo
    /// with the bot, and outsiders get no bot cards.
    /// </summary>
    public MeetingOutcome SetRoles(PersonRef actor, Guid? chairId, Guid? secretaryId, DateTimeOffset now)
    {
        if (OrganizerRefusal(actor, now, RoleStates) is { } refused)
            return refused;
        var chairMissing = chairId is not null && AttendeeWith(chairId) is null;
        var secretaryUnfit = secretaryId is not null && AttendeeWith(secretaryId) is not { Person.IsInsider: true };
        if (chairMissing || secretaryUnfit || (chairId is not null && chairId == secretaryId))
            return MeetingOutcome.Invalid;
        if ((chairId, secretaryId) == (ChairId, SecretaryId))
            return MeetingOutcome.Unchanged;

        (ChairId, SecretaryId) = (chairId, secretaryId);
        Record(now, actor, AuditAction.MeetingRolesSet, $"chair:{RoleDetail(chairId)} secretary:{RoleDetail(secretaryId)}");
        _events.Add(new MeetingChanged(MeetingChange.RolesSet));
        return MeetingOutcome.Done;
    }

    /// <summary>One confirmation per attendee; confirming again changes nothing.</summary>
    public MeetingOutcome ConfirmRemote(PersonRef actor, DateTimeOffset now)
    {
        var attendee = Attendees().FirstOrDefault(p => SameInsider(p.Person, actor));
        if (attendee is null)
            return Refuse(actor, now, MeetingOutcome.NotAllowed, "not-allowed");
        if (!SchedulingStates.Contains(State))
            return Refuse(actor, now, MeetingOutcome.InvalidState, "invalid-state:" + State);
        if (!OnlineAllowed)
            return MeetingOutcome.Invalid;
        if (_remoteConfirmations.Any(c => c.ParticipantId == attendee.Id))
            return MeetingOutcome.Unchanged;

        _remoteConfirmations.RemoveAll(c => c.ParticipantId == attendee.Id);
        _remoteConfirmations.Add(new RemoteConfirmation(attendee.Id, now));
        Record(now, actor, AuditAction.RemoteConfirmed, "");
        return MeetingOutcome.Done;
    }

    public bool ConfirmedRemote(Participant p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return AttendeeWith(p.Id) is not null && _remoteConfirmations.Any(c => c.ParticipantId == p.Id);
    }

    private Participant? AttendeeWith(Guid? id) =>
        id is { } wanted ? Attendees().FirstOrDefault(p => p.Id == wanted) : null;

    private static string RoleDetail(Guid? id) => id is { } value ? value.ToString("N") : "-";
}
