namespace TyokykyBot.Meetings.Calendar;

/// <summary>The booked event: its id in the organizer's calendar and its Teams join link (if any).</summary>
public sealed record CalendarEvent(string Id, string? JoinUrl, DateTimeOffset Start, DateTimeOffset End);
