namespace TyokykyBot.Cases;

/// <summary>
/// The calendar side of a case. The system records what the calendar did; the convener reschedules
/// or cancels. Moving or cancelling the event is the orchestration's work, which then records it
/// here, so a booking outlives both a reschedule and a cancellation.
/// </summary>
public sealed partial class Case
{
    /// <summary>The audit's actor for what the system records on its own (a booking, a cancelled event).</summary>
    public const string SystemActor = "system";

    private static readonly CaseState[] SchedulingStates = [CaseState.Scheduling, CaseState.Scheduled];

    private readonly List<MeetingBooking> _retiredMeetings = [];

    /// <summary>Which of the case's meetings this is: 1 for the first, one more for each follow-up. Cards about a meeting are kept by it.</summary>
    public int MeetingNumber { get; private set; } = 1;

    public MeetingBooking? Meeting { get; private set; }

    /// <summary>Events replaced by a re-created one and not yet cancelled in the calendar.</summary>
    public IReadOnlyList<MeetingBooking> RetiredMeetings => _retiredMeetings;

    /// <summary>Where an in-person meeting is held (a room, an address); null until someone says.</summary>
    public string? Place { get; private set; }

    public bool MeetingCancelled { get; private set; }

    public int ScheduleRevision { get; private set; } = 1;

    /// <summary>Graph's transactionId: the same for every retry within one revision, so a retry never books twice.</summary>
    public string TransactionId => $"{Id:N}-r{ScheduleRevision}";

    /// <summary>
    /// The transactionId of the event that replaces the booked one: one per booking, so Graph never
    /// takes a re-created event for a retry of the first. Recording the rebooking moves the revision on.
    /// </summary>
    public string RebookingTransactionId => $"{Id:N}-r{ScheduleRevision + 1}";

    /// <summary>
    /// The booked event no longer fits the consent: its organiser is not the one the disclosure rule
    /// names, or it is online where the consent no longer allows it (or the other way round). An
    /// online meeting is fixed when the event is created, so the event is made again.
    /// </summary>
    public bool NeedsRebooking => State == CaseState.Scheduled && Meeting is { } booked && !MeetingCancelled
        && (!Disclosure.IsOrganizer(this, booked.Organizer) || booked.Online != OnlineAllowed);

    public MeetingOutcome RecordBooking(MeetingBooking booking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (State != CaseState.Scheduling)
            return MeetingOutcome.InvalidState;
        if (string.IsNullOrWhiteSpace(booking.EventId) || string.IsNullOrWhiteSpace(booking.Organizer) || booking.End <= booking.Start)
            return MeetingOutcome.Invalid;

        Meeting = booking;
        State = CaseState.Scheduled;
        Record(now, SystemActor, AuditAction.MeetingBooked, RevisionDetail);
        _events.Add(new MeetingBooked());
        return MeetingOutcome.Done;
    }

    /// <summary>
    /// The replacement event exists: it becomes the booking (a new revision, so pre-information is
    /// planned for it) and the old one waits to be cancelled. Attendees never see a gap.
    /// </summary>
    public MeetingOutcome RecordRebooking(MeetingBooking booking, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(booking);
        if (!NeedsRebooking || Meeting is not { } old)
            return MeetingOutcome.InvalidState;
        if (string.IsNullOrWhiteSpace(booking.EventId) || booking.EventId == old.EventId || booking.End <= booking.Start)
            return MeetingOutcome.Invalid;

        _retiredMeetings.Add(old);
        Meeting = booking;
        ScheduleRevision++;
        Record(now, SystemActor, AuditAction.MeetingRebooked, RevisionDetail);
        _events.Add(new MeetingBooked());
        return MeetingOutcome.Done;
    }

    /// <summary>Idempotent: the old event of a rebooking is gone from the calendar.</summary>
    public void RecordRetiredCancelled(string eventId, DateTimeOffset now)
    {
        if (_retiredMeetings.RemoveAll(m => m.EventId == eventId) > 0)
            Record(now, SystemActor, AuditAction.MeetingEventCancelled, RevisionDetail);
    }

    /// <summary>The organiser says where an in-person meeting is held; the invitation carries it.</summary>
    public MeetingOutcome SetPlace(PersonRef actor, string? place, DateTimeOffset now)
    {
        if (OrganizerRefusal(actor, now, SchedulingStates) is { } refused)
            return refused;
        var trimmed = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        if (trimmed is { Length: > ConveneRules.MaxPlaceLength })
            return MeetingOutcome.Invalid;
        if (trimmed == Place)
            return MeetingOutcome.Unchanged;

        Place = trimmed;
        Record(now, actor, AuditAction.MeetingPlaceSet, "");
        _events.Add(new MeetingChanged(MeetingChange.PlaceSet));
        return MeetingOutcome.Done;
    }

    /// <summary>A new window and revision; the booking stays so that the existing event can be moved.</summary>
    public MeetingOutcome RequestReschedule(PersonRef actor, DateOnly windowStart, DateOnly windowEnd, DateTimeOffset now)
    {
        if (OrganizerRefusal(actor, now, SchedulingStates) is { } refused)
            return refused;
        if (ScheduleWindow.Validate(windowStart, windowEnd, now).Count > 0)
            return MeetingOutcome.Invalid;
        if (State == CaseState.Scheduling && (windowStart, windowEnd) == (WindowStart, WindowEnd))
            return MeetingOutcome.Unchanged;

        (WindowStart, WindowEnd) = (windowStart, windowEnd);
        ScheduleRevision++;
        State = CaseState.Scheduling;
        Record(now, actor, AuditAction.MeetingRescheduleRequested, RevisionDetail);
        _events.Add(new MeetingChanged(MeetingChange.Rescheduled));
        return MeetingOutcome.Done;
    }

    public MeetingOutcome CancelMeeting(PersonRef actor, DateTimeOffset now)
    {
        if (State == CaseState.Cancelled && Disclosure.IsOrganizer(this, actor.AadObjectId))
            return MeetingOutcome.Unchanged;
        if (OrganizerRefusal(actor, now, SchedulingStates) is { } refused)
            return refused;

        State = CaseState.Cancelled;
        Record(now, actor, AuditAction.MeetingCancelledByConvener, RevisionDetail);
        _events.Add(new MeetingChanged(MeetingChange.Cancelled));
        return MeetingOutcome.Done;
    }

    /// <summary>Idempotent: the outbox may deliver the same cancellation twice.</summary>
    public MeetingOutcome RecordCalendarCancelled(DateTimeOffset now)
    {
        if (State != CaseState.Cancelled || Meeting is null)
            return MeetingOutcome.InvalidState;
        if (MeetingCancelled)
            return MeetingOutcome.Done;

        MeetingCancelled = true;
        Record(now, SystemActor, AuditAction.MeetingEventCancelled, RevisionDetail);
        return MeetingOutcome.Done;
    }

    /// <summary>
    /// Only the organiser the disclosure rule names, matched by AAD id, changes the meeting: the
    /// controls go with the organiser. A refusal is audited too.
    /// </summary>
    private MeetingOutcome? OrganizerRefusal(PersonRef actor, DateTimeOffset now, CaseState[] allowed)
    {
        if (!Disclosure.IsOrganizer(this, actor.AadObjectId))
            return Refuse(actor, now, MeetingOutcome.NotAllowed, "not-allowed");
        if (!allowed.Contains(State))
            return Refuse(actor, now, MeetingOutcome.InvalidState, "invalid-state:" + State);
        return null;
    }

    private MeetingOutcome Refuse(PersonRef actor, DateTimeOffset now, MeetingOutcome outcome, string reason)
    {
        Record(now, actor, AuditAction.MeetingRefused, reason);
        return outcome;
    }

    private static bool SameInsider(PersonRef person, PersonRef actor) =>
        person.AadObjectId is { } id && string.Equals(id, actor.AadObjectId, StringComparison.OrdinalIgnoreCase);

    private string RevisionDetail => "r" + ScheduleRevision;
}
