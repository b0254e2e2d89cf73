namespace TyokykyBot.Meetings.Scheduling;

/// <summary>
/// The earliest slot everyone is free for, or else up to three partial slots, best first. Both
/// empty means the window holds no working time at all (after the minimum lead).
/// </summary>
public sealed record SlotSearchResult(MeetingSlot? Slot, IReadOnlyList<PartialSlot> Partials)
{
    public static SlotSearchResult Found(MeetingSlot slot) => new(slot, []);

    public static SlotSearchResult NotFound(IReadOnlyList<PartialSlot> partials) => new(null, partials);
}
