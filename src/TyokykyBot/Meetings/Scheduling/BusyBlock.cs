namespace TyokykyBot.Meetings.Scheduling;

/// <summary>One item of an attendee's free/busy (Graph <c>scheduleItem</c>); the end is exclusive.</summary>
public sealed record BusyBlock(string AttendeeKey, DateTimeOffset Start, DateTimeOffset End, BusyKind Kind)
{
    /// <summary>
    /// Tentative blocks too: a tentative hold is often a meeting not yet answered, and an unhurried
    /// case meeting should not be double-booked on a guess. Working elsewhere is still available.
    /// </summary>
    public bool Blocks => Kind is BusyKind.Busy or BusyKind.OutOfOffice or BusyKind.Tentative;

    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
