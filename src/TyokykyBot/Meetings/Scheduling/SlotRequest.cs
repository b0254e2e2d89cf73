namespace TyokykyBot.Meetings.Scheduling;

/// <summary>
/// Where to look: the case's window as dates in the working time zone (both ends included), the
/// meeting's length without buffer, the internal attendees' free/busy, and the present moment.
/// </summary>
public sealed record SlotRequest(
    DateOnly WindowStart,
    DateOnly WindowEnd,
    TimeSpan Length,
    IReadOnlyList<BusyBlock> Busy,
    DateTimeOffset Now);
