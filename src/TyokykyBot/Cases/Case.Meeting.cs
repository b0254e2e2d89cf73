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

    public MeetingBooking? Meeting { get; private set; }

    public bool MeetingCancelled { get; private set; }

    public int ScheduleRevision { get; private set; } = 1;

    /// <summary>Graph's transactionId: the same for every retry within one revision, so a retry never books twice.</summary>
    public string TransactionId => $"{Id:N}-r{ScheduleRevision}";

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
        return MeetingOutcome.Done;
    }

    /// <summary>A new window and revision; the booking stays so that the existing event can be moved.</summary>
    public MeetingOutcome RequestReschedule(PersonRef actor, DateOnly windowStart, DateOnly windowEnd, DateTimeOffset now)
    {
        if (ConvenerRefusal(actor, now, SchedulingStates) is { } refused)
            return refused;
        if (ScheduleWindow.Validate(windowStart, windowEnd, now).Count > 0)
            return MeetingOutcome.Invalid;

        (WindowStart, WindowEnd) = (windowStart, windowEnd);
        ScheduleRevision++;
        State = CaseState.Scheduling;
        Record(now, actor, AuditAction.MeetingRescheduleRequested, RevisionDetail);
        return MeetingOutcome.Done;
    }

    public MeetingOutcome CancelMeeting(PersonRef actor, DateTimeOffset now)
    {
        if (ConvenerRefusal(actor, now, SchedulingStates) is { } refused)
            return refused;

        State = CaseState.Cancelled;
        Record(now, actor, AuditAction.MeetingCancelledByConvener, RevisionDetail);
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

    /// <summary>Only the convener, matched by AAD id, changes the meeting; a refusal is audited too.</summary>
    private MeetingOutcome? ConvenerRefusal(PersonRef actor, DateTimeOffset now, CaseState[] allowed)
    {
        if (!SameInsider(Convener, actor))
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
