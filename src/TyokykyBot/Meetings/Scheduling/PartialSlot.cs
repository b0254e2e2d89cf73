namespace TyokykyBot.Meetings.Scheduling;

/// <summary>A slot some attendees cannot make; <see cref="BusyAttendees"/> are their keys, each once (case-insensitively), in order.</summary>
public sealed record PartialSlot(MeetingSlot Slot, IReadOnlyList<string> BusyAttendees);
