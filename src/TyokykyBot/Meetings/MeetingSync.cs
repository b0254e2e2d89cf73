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
/// consent covers; a Cancelled case's event is cancelled. Runs from the outbox, so a slow or
/// throttled Graph never holds up a click, and a retry never books twice (transactionId).
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
    public string Kind => MeetingMessageKinds.Sync;

    /// <summary>Renders from the case as it is now, so one run covers every change before it.</summary>
    public bool BringsUpToDate => true;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var organizer = found.Convener.ActorId;
        return found.State switch
        {
            CaseState.Scheduling => await BookAsync(found, organizer, cancellationToken),
            CaseState.Scheduled when found.Meeting is { } meeting && !found.MeetingCancelled =>
                await UpdateAttendeesAsync(found, organizer, meeting, cancellationToken),
            CaseState.Cancelled when found.Meeting is { } meeting && !found.MeetingCancelled =>
                await CancelAsync(found, organizer, meeting, cancellationToken),
            _ => OutboxHandlerResult.Done,
        };
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
            return OutboxHandlerResult.Done;
        }

        var request = await RequestAsync(found, organizer, slot.Start, slot.End, invited, cancellationToken);
        var booked = found.Meeting is { } existing && !found.MeetingCancelled
            ? await calendar.UpdateEventAsync(organizer, existing.EventId, request, cancellationToken)
            : await calendar.CreateEventAsync(organizer, request, cancellationToken);
        if (!booked.IsOk)
        {
            return Failure(found, booked.Status, booked.RetryAfter);
        }

        return await RecordBookingAsync(found, new MeetingBooking(
            booked.Value!.Id, organizer, booked.Value.Start, booked.Value.End, booked.Value.JoinUrl), invited, booked.Value, cancellationToken);
    }

    /// <summary>
    /// The event exists now, so its booking is saved at once rather than with the message's outcome:
    /// a click that changed the case meanwhile must not leave an event nobody knows about. On a
    /// conflict the case is read again; if it was cancelled meanwhile, the new event is cancelled too.
    /// </summary>
    private async Task<OutboxHandlerResult> RecordBookingAsync(
        Case found, MeetingBooking booking, InvitedPeople invited, CalendarEvent booked, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (found.State == CaseState.Cancelled)
            {
                var language = await languages.ForAsync(booking.Organizer, cancellationToken);
                var cancelled = await calendar.CancelEventAsync(booking.Organizer, booking.EventId, MeetingInvitation.CancelComment(found, language), cancellationToken);
                return cancelled.IsOk || cancelled.Status == CalendarStatus.NotFound ? OutboxHandlerResult.Done : Failure(found, cancelled.Status, cancelled.RetryAfter);
            }

            found.RecordBooking(booking, time.GetUtcNow());
            cases.Update(found);
            followUps.Booked(found, invited, booked);
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

    private async Task<OutboxHandlerResult> UpdateAttendeesAsync(Case found, string organizer, MeetingBooking meeting, CancellationToken cancellationToken)
    {
        var invited = await attendees.ForAsync(found, cancellationToken);
        var request = await RequestAsync(found, organizer, meeting.Start, meeting.End, invited, cancellationToken);
        var updated = await calendar.UpdateEventAsync(organizer, meeting.EventId, request, cancellationToken);
        return updated.IsOk ? OutboxHandlerResult.Done : Failure(found, updated.Status, updated.RetryAfter);
    }

    private async Task<OutboxHandlerResult> CancelAsync(Case found, string organizer, MeetingBooking meeting, CancellationToken cancellationToken)
    {
        var language = await languages.ForAsync(organizer, cancellationToken);
        var cancelled = await calendar.CancelEventAsync(organizer, meeting.EventId, MeetingInvitation.CancelComment(found, language), cancellationToken);
        if (!cancelled.IsOk && cancelled.Status != CalendarStatus.NotFound)
        {
            return Failure(found, cancelled.Status, cancelled.RetryAfter);
        }

        found.RecordCalendarCancelled(time.GetUtcNow());
        cases.Update(found);
        return OutboxHandlerResult.Done;
    }

    /// <summary>The event as the invitation describes it, in the organizer's language.</summary>
    private async Task<CalendarEventRequest> RequestAsync(
        Case found, string organizer, DateTimeOffset start, DateTimeOffset end, InvitedPeople invited, CancellationToken cancellationToken)
    {
        var language = await languages.ForAsync(organizer, cancellationToken);
        return new CalendarEventRequest(
            MeetingInvitation.Subject(options.Value, found),
            MeetingInvitation.Body(found, start, end, language),
            start,
            end,
            invited.All,
            found.Mode == MeetingMode.Remote,
            Location: null,
            found.TransactionId);
    }

    /// <summary>Throttling waits; a missing permission or mailbox is the administrator's to fix, and the convener is told what.</summary>
    private OutboxHandlerResult Failure(Case found, CalendarStatus status, TimeSpan? retryAfter)
    {
        if (status is CalendarStatus.Throttled or CalendarStatus.Failed)
        {
            return OutboxHandlerResult.Retry("Calendar" + status, retryAfter);
        }

        followUps.CalendarRefused(found, status);
        return OutboxHandlerResult.Fail("Calendar" + status);
    }
}
