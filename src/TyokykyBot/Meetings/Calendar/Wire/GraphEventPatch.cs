namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>
/// The body of <c>PATCH /users/{id}/events/{id}</c>: only what a rescheduling changes. The attendee
/// list replaces the old one; isOnlineMeeting and its provider cannot be changed after creation.
/// </summary>
internal sealed record GraphEventPatch(
    string Subject, GraphItemBody Body, GraphDateTimeZone Start, GraphDateTimeZone End, IReadOnlyList<GraphAttendee> Attendees, GraphLocation? Location)
{
    public static GraphEventPatch From(CalendarEventRequest request) => new(
        request.Subject,
        GraphItemBody.Html(request.BodyHtml),
        GraphDateTimeZone.Utc(request.Start),
        GraphDateTimeZone.Utc(request.End),
        [.. request.Attendees.Select(GraphAttendee.Required)],
        request.Location is { Length: > 0 } place ? new GraphLocation(place) : null);
}
