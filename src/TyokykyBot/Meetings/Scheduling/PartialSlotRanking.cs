namespace TyokykyBot.Meetings.Scheduling;

/// <summary>
/// Fewest attendees busy first, then earliest. Slots that overlap a better one (buffer included)
/// are passed over: three neighbouring quarter-hours would offer the convener one choice, not three.
/// </summary>
internal static class PartialSlotRanking
{
    public static IReadOnlyList<PartialSlot> Best(IEnumerable<PartialSlot> candidates, TimeSpan buffer, int count)
    {
        var chosen = new List<PartialSlot>(count);
        foreach (var candidate in candidates.OrderBy(p => p.BusyAttendees.Count).ThenBy(p => p.Slot.Start))
        {
            if (chosen.Count == count)
                break;
            if (!chosen.Any(c => Overlap(c.Slot, candidate.Slot, buffer)))
                chosen.Add(candidate);
        }
        return chosen;
    }

    private static bool Overlap(MeetingSlot a, MeetingSlot b, TimeSpan buffer) =>
        a.Start < b.End + buffer && b.Start < a.End + buffer;
}
