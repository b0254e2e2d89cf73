using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Meetings.Scheduling;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Meetings;

/// <summary>
/// Brings the calendar in line with the case, whatever changed: a case in Scheduling gets a slot and
/// an event (or its event moved); a Scheduled case's event gets exactly the attendees the latest
/// consent covers, or is made again when its organiser or its being online no longer fits the
/// consent (the new one first, then the old one cancelled); a Cancelled case's event is cancelled.
/// The organiser is always the one <see cref="Disclosure.Organizer"/> names. Runs from the outbox, so
/// a slow or throttled Graph never holds up a click, and a retry never books twice (transactionId).
/// </summary>
public sealed class MeetingSync(
    TyokykyDbContext db,
    CaseRepository cases,
    ICalendar calendar,
    MeetingAttendees attendees,
    SlotFinder slots,
    RecipientLanguage languages,
    MeetingFollowUps followUps,
    IOptions<MeetingOptions> options,
    TimeProvider time) : IOutboxHandler
{
    /// <summary>Renders from the case as it is now, so one run covers every change before it.</summary>
    public bool BringsUpToDate => true;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        if (found.State == CaseState.Cancelled)
        {
            return found.Meeting is { } booked && !found.MeetingCancelled
                ? await CancelAsync(found, booked, cancellationToken)
                : await CancelRetiredAsync(found, cancellationToken);
        }

        if (Disclosure.Organizer(found)?.Person.AadObjectId is not { } organizer)
        {
            return OutboxHandlerResult.Done;
        }

        var result = found.State switch
        {
            CaseState.Scheduling => await BookAsync(found, organizer, cancellationToken),
            CaseState.Scheduled when found.NeedsRebooking => await RebookAsync(found, organizer, cancellationToken),
            CaseState.Scheduled when found.Meeting is { } meeting && !found.MeetingCancelled =>
                await UpdateAttendeesAsync(found, meeting, cancellationToken),
            _ => OutboxHandlerResult.Done,
        };
        return result.Status == OutboxHandlerStatus.Done ? await CancelRetiredAsync(found, cancellationToken) : result;
    }

    private async Task<OutboxHandlerResult> BookAsync(Case found, string organizer, CancellationToken cancellationToken)
    {
        var invited = await attendees.ForAsync(found, cancellationToken);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");
        var windowStart = new DateTimeOffset(found.WindowStart.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(found.WindowStart.ToDateTime(TimeOnly.MinValue)));
        var windowEnd = windowStart.AddDays(found.WindowEnd.DayNumber - found.WindowStart.DayNumber + 1);
        var schedule = await calendar.GetScheduleAsync(organizer, invited.InternalEmails, windowStart, windowEnd, cancellationToken);
        if (!schedule.IsOk)
        {
            return Failure(found, schedule.Status, schedule.RetryAfter);
        }

        var busy = schedule.Value!.Select(b => new BusyBlock(b.AttendeeEmail, b.Start, b.End, BusyKinds.From(b.Status))).ToList();
        var search = slots.Find(new SlotRequest(found.WindowStart, found.WindowEnd, TimeSpan.FromMinutes(found.LengthMinutes), busy, time.GetUtcNow()));
        if (search.Slot is not { } slot)
        {
            followUps.NoSlot(found, search.Partials);
            cases.Update(found);
            return OutboxHandlerResult.Done;
        }

        var existing = found.Meeting is { } current && !found.MeetingCancelled ? current : null;
        var request = await RequestAsync(found, existing?.Organizer ?? organizer, slot.Start, slot.End, invited, found.TransactionId, cancellationToken);
        var booked = existing is not null
            ? await calendar.UpdateEventAsync(existing.Organizer, existing.EventId, request, cancellationToken)
            : await calendar.CreateEventAsync(organizer, request, cancellationToken);
        if (!booked.IsOk)
        {
            return Failure(found, booked.Status, booked.RetryAfter);
        }

        var calendarOf = existing?.Organizer ?? organizer;
        return await RecordAsync(found, calendarOf, c => c.RecordBooking(Booking(booked.Value!, calendarOf, request), time.GetUtcNow()),
            invited, booked.Value!, cancellationToken);
    }

    /// <summary>
    /// The same time, a new event: in the calendar of the organiser the consent now names, online
    /// only if the consent allows it. The old event is cancelled once the new one is recorded.
    /// </summary>
    private async Task<OutboxHandlerResult> RebookAsync(Case found, string organizer, CancellationToken cancellationToken)
    {
        var meeting = found.Meeting!;
        var invited = await attendees.ForAsync(found, cancellationToken);
        var request = await RequestAsync(found, organizer, meeting.Start, meeting.End, invited, found.RebookingTransactionId, cancellationToken);
        var created = await calendar.CreateEventAsync(organizer, request, cancellationToken);
        if (!created.IsOk)
        {
            return Failure(found, created.Status, created.RetryAfter);
        }

        return await RecordAsync(found, organizer, c => c.RecordRebooking(Booking(created.Value!, organizer, request), time.GetUtcNow()),
            invited, created.Value!, cancellationToken);
    }

    /// <summary>Events a rebooking replaced; each is cancelled once and then forgotten.</summary>
    private async Task<OutboxHandlerResult> CancelRetiredAsync(Case found, CancellationToken cancellationToken)
    {
        foreach (var retired in found.RetiredMeetings.ToList())
        {
            var language = await languages.ForAsync(retired.Organizer, cancellationToken);
            var cancelled = await calendar.CancelEventAsync(retired.Organizer, retired.EventId, MeetingInvitation.CancelComment(found, language), cancellationToken);
            if (!cancelled.IsOk && cancelled.Status != CalendarStatus.NotFound)
            {
                return Failure(found, cancelled.Status, cancelled.RetryAfter);
            }

            found.RecordRetiredCancelled(retired.EventId, time.GetUtcNow());
            cases.Update(found);
        }

        return OutboxHandlerResult.Done;
    }

    private static MeetingBooking Booking(CalendarEvent booked, string organizer, CalendarEventRequest request) =>
        new(booked.Id, organizer, booked.Start, booked.End, request.IsOnlineMeeting ? booked.JoinUrl : null, request.IsOnlineMeeting);

    /// <summary>
    /// The event exists now, so its booking is saved at once rather than with the message's outcome:
    /// a click that changed the case meanwhile must not leave an event nobody knows about. On a
    /// conflict the case is read again; if it was cancelled meanwhile, the new event is cancelled too.
    /// </summary>
    private async Task<OutboxHandlerResult> RecordAsync(
        Case found, string organizer, Func<Case, MeetingOutcome> record, InvitedPeople invited, CalendarEvent booked, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (found.State == CaseState.Cancelled)
            {
                var language = await languages.ForAsync(organizer, cancellationToken);
                var cancelled = await calendar.CancelEventAsync(organizer, booked.Id, MeetingInvitation.CancelComment(found, language), cancellationToken);
                return cancelled.IsOk || cancelled.Status == CalendarStatus.NotFound ? OutboxHandlerResult.Done : Failure(found, cancelled.Status, cancelled.RetryAfter);
            }

            if (record(found) != MeetingOutcome.Done)
            {
                return OutboxHandlerResult.Done;
            }

            followUps.Booked(found, invited, booked);
            cases.Update(found);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return OutboxHandlerResult.Done;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added || e.Entity is CaseRecord).ToList())
                {
                    entry.State = EntityState.Detached;
                }

                found = await cases.FindAsync(found.Id, cancellationToken) ?? throw new InvalidOperationException("The case disappeared.");
            }
        }
    }

    private async Task<OutboxHandlerResult> UpdateAttendeesAsync(Case found, MeetingBooking meeting, CancellationToken cancellationToken)
    {
        var invited = await attendees.ForAsync(found, cancellationToken);
        var request = await RequestAsync(found, meeting.Organizer, meeting.Start, meeting.End, invited, found.TransactionId, cancellationToken);
        var updated = await calendar.UpdateEventAsync(meeting.Organizer, meeting.EventId, request, cancellationToken);
        if (!updated.IsOk)
        {
            return Failure(found, updated.Status, updated.RetryAfter);
        }

        followUps.AttendeesChanged(found, invited, meeting);
        return OutboxHandlerResult.Done;
    }

    private async Task<OutboxHandlerResult> CancelAsync(Case found, MeetingBooking meeting, CancellationToken cancellationToken)
    {
        var language = await languages.ForAsync(meeting.Organizer, cancellationToken);
        var cancelled = await calendar.CancelEventAsync(meeting.Organizer, meeting.EventId, MeetingInvitation.CancelComment(found, language), cancellationToken);
        if (!cancelled.IsOk && cancelled.Status != CalendarStatus.NotFound)
        {
            return Failure(found, cancelled.Status, cancelled.RetryAfter);
        }

        found.RecordCalendarCancelled(time.GetUtcNow());
        cases.Update(found);
        return await CancelRetiredAsync(found, cancellationToken);
    }

    /// <summary>The event as the invitation describes it, in the organizer's language.</summary>
    /// <summary>Online only where the consent allows it; otherwise in person, at the place when it is known.</summary>
    private async Task<CalendarEventRequest> RequestAsync(
        Case found, string organizer, DateTimeOffset start, DateTimeOffset end, InvitedPeople invited, string transactionId, CancellationToken cancellationToken)
    {
        var language = await languages.ForAsync(organizer, cancellationToken);
        var online = found.OnlineAllowed;
        return new CalendarEventRequest(
            MeetingInvitation.Subject(options.Value, found),
            MeetingInvitation.Body(found, start, end, language),
            start,
            end,
            invited.All,
            online,
            Location: online ? null : found.Place,
            transactionId);
    }

    /// <summary>Throttling waits; a missing permission or mailbox is the administrator's to fix, and the convener is told what.</summary>
    private OutboxHandlerResult Failure(Case found, CalendarStatus status, TimeSpan? retryAfter)
    {
        if (status is CalendarStatus.Throttled or CalendarStatus.Failed)
        {
            return OutboxHandlerResult.Retry("Calendar" + status, retryAfter);
        }

        followUps.CalendarRefused(found, status);
        cases.Update(found);
        return OutboxHandlerResult.Fail("Calendar" + status);
    }
}
