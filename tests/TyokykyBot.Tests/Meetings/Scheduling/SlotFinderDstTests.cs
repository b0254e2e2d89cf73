using TyokykyBot.Meetings.Scheduling;
using static TyokykyBot.Tests.Meetings.Scheduling.SlotFixture;

namespace TyokykyBot.Tests.Meetings.Scheduling;

/// <summary>Finland's clocks change on 2026-03-29 (UTC+2 to +3) and 2026-10-25 (back to +2).</summary>
public class SlotFinderDstTests
{
    private static readonly TimeSpan Eet = TimeSpan.FromHours(2);
    private static readonly TimeSpan Eest = TimeSpan.FromHours(3);

    [Theory]
    [InlineData(2026, 3, 27, 2, 6)]
    [InlineData(2026, 3, 30, 3, 5)]
    [InlineData(2026, 10, 23, 3, 5)]
    [InlineData(2026, 10, 26, 2, 6)]
    public void Find_DaysAroundClockChange_EightLocalWithThatDaysOffset(int year, int month, int day, int offsetHours, int utcHour)
    {
        var date = new DateOnly(year, month, day);

        var slot = Finder().Find(Request(date, date)).Slot!;

        Assert.Equal(new DateTime(year, month, day, 8, 0, 0), slot.Start.DateTime);
        Assert.Equal(TimeSpan.FromHours(offsetHours), slot.Start.Offset);
        Assert.Equal(new DateTime(year, month, day, utcHour, 0, 0), slot.Start.UtcDateTime);
        Assert.Equal(Length, slot.End - slot.Start);
    }

    [Fact]
    public void Find_FridayBusyBeforeMarchChange_MondayAtEightSummerTime()
    {
        var busyFriday = new BusyBlock("anna@contoso.fi", new(2026, 3, 27, 8, 0, 0, Eet), new(2026, 3, 27, 16, 0, 0, Eet), BusyKind.Busy);

        var slot = Finder().Find(Request(new(2026, 3, 27), new(2026, 3, 30), busyFriday)).Slot!;

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 8, 0, 0, Eest), slot.Start);
        Assert.Equal(Eest, slot.Start.Offset);
    }

    [Fact]
    public void Find_UtcBlockAfterMarchChange_ReadInSummerTime()
    {
        // 05:00–06:00 UTC is 08:00–09:00 in summer time; read as winter time it would be 07:00–08:00.
        var block = new BusyBlock("anna@contoso.fi", new(2026, 3, 30, 5, 0, 0, TimeSpan.Zero), new(2026, 3, 30, 6, 0, 0, TimeSpan.Zero), BusyKind.Busy);

        var slot = Finder().Find(Request(new(2026, 3, 30), new(2026, 3, 30), block)).Slot!;

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 0, 0, Eest), slot.Start);
    }

    [Fact]
    public void Find_UtcBlockAfterOctoberChange_ReadInWinterTime()
    {
        // 06:00–07:00 UTC is 08:00–09:00 in winter time; read as summer time it would be 09:00–10:00.
        var block = new BusyBlock("anna@contoso.fi", new(2026, 10, 26, 6, 0, 0, TimeSpan.Zero), new(2026, 10, 26, 7, 0, 0, TimeSpan.Zero), BusyKind.Busy);

        var slot = Finder().Find(Request(new(2026, 10, 23), new(2026, 10, 26), block) with { Now = new(2026, 10, 22, 16, 0, 0, Eest) }).Slot!;

        Assert.Equal(new DateTimeOffset(2026, 10, 26, 9, 0, 0, Eet), slot.Start);
        Assert.Equal(Eet, slot.Start.Offset);
    }

    // Finnish changes fall on Sundays, so the gap and the repeated hour are tried in Cairo, whose
    // 2024 changes fell on a Friday (00:00 became 01:00) and a Thursday (24:00 became 23:00).

    [Fact]
    public void Find_OpeningInSpringGap_FirstSlotWhenClocksResume()
    {
        var finder = Cairo(new(0, 0), new(2, 0));

        var slot = finder.Find(Request(new(2024, 4, 26), new(2024, 4, 26)) with { Length = TimeSpan.FromMinutes(30), Now = new(2024, 4, 1, 0, 0, 0, Eet) }).Slot!;

        Assert.Equal(new DateTimeOffset(2024, 4, 26, 1, 0, 0, Eest), slot.Start);
        Assert.Equal(Eest, slot.Start.Offset);
    }

    [Fact]
    public void Find_RepeatedHour_SecondOccurrenceOffered()
    {
        var finder = Cairo(new(22, 0), new(23, 45));
        // Busy from 22:00 until the clocks go back at the first 24:00 (21:00 UTC).
        var block = new BusyBlock("anna@contoso.fi", new(2024, 10, 31, 19, 0, 0, TimeSpan.Zero), new(2024, 10, 31, 21, 0, 0, TimeSpan.Zero), BusyKind.Busy);

        var slot = finder.Find(Request(new(2024, 10, 31), new(2024, 10, 31), block) with { Length = TimeSpan.FromMinutes(30), Now = new(2024, 10, 1, 0, 0, 0, Eet) }).Slot!;

        Assert.Equal(new DateTimeOffset(2024, 10, 31, 23, 0, 0, Eet), slot.Start);
        Assert.Equal(Eet, slot.Start.Offset);
        Assert.Equal(TimeSpan.FromMinutes(30), slot.End - slot.Start);
    }

    private static SlotFinder Cairo(TimeOnly start, TimeOnly end) => Finder(o =>
    {
        o.TimeZone = "Africa/Cairo";
        (o.WorkdayStart, o.WorkdayEnd) = (start, end);
        (o.Buffer, o.MinimumLeadWorkingDays) = (TimeSpan.Zero, 0);
    });
}
