namespace TyokykyBot.Meetings.Calendar;

public sealed record CalendarAttendee(string Email, string Name);
