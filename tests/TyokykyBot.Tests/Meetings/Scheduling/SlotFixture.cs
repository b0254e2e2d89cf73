using System.Globalization;
using Microsoft.Extensions.Options;
using TyokykyBot.Meetings.Scheduling;

namespace TyokykyBot.Tests.Meetings.Scheduling;

internal static class SlotFixture
{
    public static readonly TimeSpan Length = TimeSpan.FromMinutes(90);
    public static readonly DateOnly Monday = new(2026, 2, 2);
    public static readonly DateOnly Friday = new(2026, 2, 6);
    /// <summary>A week before the window, so the minimum lead does not reach into it.</summary>
    public static readonly DateTimeOffset LongBefore = new(2026, 1, 26, 9, 0, 0, TimeSpan.FromHours(2));
    private static readonly TimeSpan Winter = TimeSpan.FromHours(2);

    public static SlotFinder Finder(Action<WorkingTimeOptions>? configure = null)
    {
        var options = new WorkingTimeOptions();
        configure?.Invoke(options);
        return new SlotFinder(Options.Create(options));
    }

    public static SlotRequest Request(DateOnly start, DateOnly end, params BusyBlock[] busy) =>
        new(start, end, Length, busy, LongBefore);

    /// <summary>A Helsinki wall-clock time in winter (UTC+2), the season of the default window.</summary>
    public static DateTimeOffset At(string local) =>
        new(DateTime.Parse(local, CultureInfo.InvariantCulture), Winter);

    public static BusyBlock Block(string key, string from, string to, BusyKind kind = BusyKind.Busy) =>
        new(key, At(from), At(to), kind);

    public static MeetingSlot Slot(string start) => new(At(start), At(start) + Length);

    /// <summary>A slot in summer time (UTC+3), written out rather than looked up from the zone.</summary>
    public static MeetingSlot SummerSlot(string start)
    {
        var at = new DateTimeOffset(DateTime.Parse(start, CultureInfo.InvariantCulture), TimeSpan.FromHours(3));
        return new(at, at + Length);
    }
}
