namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>
/// The body of <c>POST /users/{id}/events</c> (contrib <c>user-post-events</c>). Sensitivity private
/// hides subject and body from anyone who only sees the organizer's free/busy; no new time proposals,
/// because a time change must go through the bot.
/// </summary>
internal sealed record GraphEventCreate(
    string Subject,
    GraphItemBody Body,
    GraphDateTimeZone Start,
    GraphDateTimeZone End,
    IReadOnlyList<GraphAttendee> Attendees,
    bool IsOnlineMeeting,
    string? OnlineMeetingProvider,
    string Sensitivity,
    string ShowAs,
    bool AllowNewTimeProposals,
    string TransactionId,
    GraphLocation? Location)
{
    public static GraphEventCreate From(CalendarEventRequest request) => new(
        request.Subject,
        GraphItemBody.Html(request.BodyHtml),
        GraphDateTimeZone.Utc(request.Start),
        GraphDateTimeZone.Utc(request.End),
        [.. request.Attendees.Select(GraphAttendee.Required)],
        request.IsOnlineMeeting,
        // The provider cannot be changed later (contrib outlook-calendar-online-meetings).
        request.IsOnlineMeeting ? "teamsForBusiness" : null,
        "private",
        "busy",
        AllowNewTimeProposals: false,
        request.TransactionId,
        request.Location is { Length: > 0 } place ? new GraphLocation(place) : null);
}
