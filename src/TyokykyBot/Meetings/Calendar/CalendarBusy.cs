namespace TyokykyBot.Meetings.Calendar;

/// <summary>One busy block of one person. <see cref="Status"/> follows Graph's scheduleItem status.</summary>
public sealed record CalendarBusy(string AttendeeEmail, DateTimeOffset Start, DateTimeOffset End, string Status);
