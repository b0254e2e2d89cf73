using Microsoft.Extensions.Options;

namespace TyokykyBot.Meetings.Scheduling;

/// <summary>
/// Flow 3: the earliest slot inside the case's window where every internal attendee is free for the
/// meeting and the buffer after it, within working hours; else the best partial slots.
/// </summary>
public sealed class SlotFinder(IOptions<WorkingTimeOptions> options)
{
    private const int PartialCount = 3;

    private readonly WorkingTimeOptions settings = options.Value;
    private readonly WorkingCalendar calendar =
        new(options.Value, TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));

    public SlotSearchResult Find(SlotRequest request)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(request.Length, TimeSpan.Zero);
        var earliest = calendar.AfterWorkingDays(request.Now, settings.MinimumLeadWorkingDays);
        var blocking = request.Busy.Where(b => b.Blocks && b.Start < b.End && b.End > earliest).ToList();
        var partials = new List<PartialSlot>();
        foreach (var (start, end) in Candidates(request, earliest))
        {
            var slot = new MeetingSlot(calendar.Local(start), calendar.Local(start + request.Length));
            var busy = BusyAttendees(blocking, start, end);
            if (busy.Count == 0)
                return SlotSearchResult.Found(slot);
            partials.Add(new(slot, busy));
        }
        return SlotSearchResult.NotFound(PartialSlotRanking.Best(partials, settings.Buffer, PartialCount));
    }

    /// <summary>
    /// Whether the window has any slot of this length at all (working days and hours, buffer and
    /// minimum notice included) before anyone's calendar is asked: the convene card refuses a
    /// window this search could never fill.
    /// </summary>
    public bool HasWorkingTime(DateOnly windowStart, DateOnly windowEnd, TimeSpan length, DateTimeOffset now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        var request = new SlotRequest(windowStart, windowEnd, length, [], now);
        return Candidates(request, calendar.AfterWorkingDays(now, settings.MinimumLeadWorkingDays)).Any();
    }

    /// <summary>Every start on the step grid of each working day whose meeting and buffer end by closing time.</summary>
    private IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Candidates(SlotRequest request, DateTimeOffset earliest)
    {
        var occupied = request.Length + settings.Buffer;
        for (var day = request.WindowStart; day <= request.WindowEnd; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
                continue;
            // Stepping in elapsed time, not wall-clock time, so a repeated hour is searched twice
            // and a skipped hour not at all.
            var (open, close) = calendar.Hours(day);
            for (var start = open; start + occupied <= close; start += settings.SlotStep)
            {
                if (start >= earliest)
                    yield return (start, start + occupied);
            }
        }
    }

    /// <summary>Attendee keys are mailbox addresses (Graph <c>scheduleId</c>), so their case does not matter.</summary>
    private static List<string> BusyAttendees(List<BusyBlock> blocking, DateTimeOffset start, DateTimeOffset end) =>
        [.. blocking.Where(b => b.Overlaps(start, end))
            .Select(b => b.AttendeeKey)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.OrdinalIgnoreCase)];
}
