namespace TyokykyBot.Cases;

/// <summary>The calendar event booked for the case's current schedule, in the organizer's calendar.</summary>
public sealed record MeetingBooking(string EventId, string Organizer, DateTimeOffset Start, DateTimeOffset End, string? JoinUrl);
