namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// The calendar the bot books in: Microsoft Graph in production, the local database for the
/// embedded default. Results are typed; nothing throws for a calendar's own errors.
/// </summary>
public interface ICalendar
{
    /// <summary>Free/busy of the given people (by e-mail) between two instants, as seen from the organizer's mailbox.</summary>
    Task<CalendarResult<IReadOnlyList<CalendarBusy>>> GetScheduleAsync(
        string organizer, IReadOnlyList<string> attendeeEmails, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);

    /// <summary>Creates the event in the organizer's calendar; the same <see cref="CalendarEventRequest.TransactionId"/> never books twice.</summary>
    Task<CalendarResult<CalendarEvent>> CreateEventAsync(string organizer, CalendarEventRequest request, CancellationToken cancellationToken);

    /// <summary>Replaces time, attendees, subject and body of an existing event.</summary>
    Task<CalendarResult<CalendarEvent>> UpdateEventAsync(
        string organizer, string eventId, CalendarEventRequest request, CancellationToken cancellationToken);

    /// <summary>Cancels the event and tells its attendees, with a neutral comment.</summary>
    Task<CalendarResult<CalendarEvent>> CancelEventAsync(string organizer, string eventId, string comment, CancellationToken cancellationToken);
}
