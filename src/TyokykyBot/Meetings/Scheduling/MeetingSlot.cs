namespace TyokykyBot.Meetings.Scheduling;

/// <summary>The meeting itself, in the working time zone's offset; the buffer after it is kept free but not booked.</summary>
public sealed record MeetingSlot(DateTimeOffset Start, DateTimeOffset End);
