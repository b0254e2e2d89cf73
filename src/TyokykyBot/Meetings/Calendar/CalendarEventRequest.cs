namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// What an event says. Subject and body are neutral by construction (see the meeting invitation
/// builder): no topic, no health word, no memo text.
/// </summary>
public sealed record CalendarEventRequest(
    string Subject,
    string BodyHtml,
    DateTimeOffset Start,
    DateTimeOffset End,
    IReadOnlyList<CalendarAttendee> Attendees,
    bool IsOnlineMeeting,
    string? Location,
    string TransactionId);
