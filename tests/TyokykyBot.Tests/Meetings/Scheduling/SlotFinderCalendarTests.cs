using TyokykyBot.Meetings.Scheduling;
using static TyokykyBot.Tests.Meetings.Scheduling.SlotFixture;

namespace TyokykyBot.Tests.Meetings.Scheduling;

public class SlotFinderCalendarTests
{
    [Fact]
    public void Find_WindowOverEasterAndItsWeekend_FirstWorkingDayAfter()
    {
        var result = Finder().Find(Request(new(2026, 4, 3), new(2026, 4, 7)));

        Assert.Equal(SummerSlot("2026-04-07 08:00"), result.Slot);
    }

    [Fact]
    public void Find_FridayBusy_NextMondayNotTheWeekend()
    {
        var result = Finder().Find(Request(Friday, Friday.AddDays(3), Block("anna@contoso.fi", "2026-02-06 08:00", "2026-02-06 16:00")));

        Assert.Equal(Slot("2026-02-09 08:00"), result.Slot);
    }

    [Fact]
    public void Find_WindowOnlyWeekend_NothingAtAll()
    {
        var result = Finder().Find(Request(new(2026, 2, 7), new(2026, 2, 8)));

        Assert.Null(result.Slot);
        Assert.Empty(result.Partials);
    }

    [Fact]
    public void Find_EndBeforeStart_NothingAtAll()
    {
        var result = Finder().Find(Request(Friday, Monday));

        Assert.Null(result.Slot);
        Assert.Empty(result.Partials);
    }

    [Theory]
    [InlineData(true, "2026-06-22 08:00")]
    [InlineData(false, "2026-06-19 08:00")]
    public void Find_WindowFromMidsummerEve_EveOffAsConfigured(bool eveOff, string expected)
    {
        var result = Finder(o => o.MidsummerEveOff = eveOff).Find(Request(new(2026, 6, 19), new(2026, 6, 22)));

        Assert.Equal(SummerSlot(expected), result.Slot);
    }

    [Theory]
    [InlineData(true, "2026-12-28 08:00")]
    [InlineData(false, "2026-12-24 08:00")]
    public void Find_WindowFromChristmasEve_EveOffAsConfigured(bool eveOff, string expected)
    {
        var result = Finder(o => o.ChristmasEveOff = eveOff).Find(Request(new(2026, 12, 24), new(2026, 12, 28)));

        Assert.Equal(Slot(expected), result.Slot);
    }

    [Fact]
    public void Find_BufferWouldEndAfterFour_NextMorning()
    {
        var result = Finder().Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 14:30")));

        Assert.Equal(Slot("2026-02-03 08:00"), result.Slot);
    }

    [Fact]
    public void Find_BufferEndsExactlyAtFour_SameDay()
    {
        var result = Finder().Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 08:00", "2026-02-02 14:15")));

        Assert.Equal(Slot("2026-02-02 14:15"), result.Slot);
    }

    [Fact]
    public void Find_ConfiguredHours_NoSlotOutsideThem()
    {
        var finder = Finder(o => (o.WorkdayStart, o.WorkdayEnd) = (new(9, 0), new(11, 0)));

        var result = finder.Find(Request(Monday, Friday, Block("anna@contoso.fi", "2026-02-02 09:30", "2026-02-02 10:00")));

        Assert.Equal(Slot("2026-02-03 09:00"), result.Slot);
    }
}
