namespace TyokykyBot.Cases;

/// <summary>
/// The calendar event booked for the case's current schedule, in the organizer's calendar (the
/// organizer by AAD id). <paramref name="Online"/>: created as a Teams meeting, which an event cannot
/// stop or start being afterwards. Bookings stored before it were online.
/// </summary>
public sealed record MeetingBooking(string EventId, string Organizer, DateTimeOffset Start, DateTimeOffset End, string? JoinUrl, bool Online = true);
