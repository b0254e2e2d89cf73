namespace TyokykyBot.Meetings.Calendar;

/// <summary>What the local calendar keeps encrypted in <see cref="Data.LocalCalendarEvent.ProtectedData"/>.</summary>
internal sealed record LocalEventContent(string Subject, string BodyHtml, IReadOnlyList<CalendarAttendee> Attendees, string? Location, bool IsOnlineMeeting)
{
    public static LocalEventContent From(CalendarEventRequest request) =>
        new(request.Subject, request.BodyHtml, request.Attendees, request.Location, request.IsOnlineMeeting);

    public bool Includes(string email) =>
        Attendees.Any(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase));
}
