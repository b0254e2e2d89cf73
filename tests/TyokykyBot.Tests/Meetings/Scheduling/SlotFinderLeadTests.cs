using TyokykyBot.Meetings.Scheduling;
using static TyokykyBot.Tests.Meetings.Scheduling.SlotFixture;

namespace TyokykyBot.Tests.Meetings.Scheduling;

public class SlotFinderLeadTests
{
    [Fact]
    public void Find_NowInsideWindow_OneWorkingDayLater()
    {
        var result = Finder().Find(Request(Monday, Friday) with { Now = At("2026-02-03 10:00") });

        Assert.Equal(Slot("2026-02-04 10:00"), result.Slot);
    }

    [Fact]
    public void Find_NowFridayAfternoon_MondayAfternoon()
    {
        var result = Finder().Find(Request(Friday, Friday.AddDays(4)) with { Now = At("2026-02-06 14:00") });

        Assert.Equal(Slot("2026-02-09 14:00"), result.Slot);
    }

    [Fact]
    public void Find_NowAfterHours_LeadCountsFromNextMorning()
    {
        var result = Finder().Find(Request(Monday, Friday) with { Now = At("2026-02-03 17:00") });

        Assert.Equal(Slot("2026-02-05 08:00"), result.Slot);
    }

    [Fact]
    public void Find_NoLeadAndNowOffGrid_NextQuarterHour()
    {
        var result = Finder(o => o.MinimumLeadWorkingDays = 0).Find(Request(Monday, Friday) with { Now = At("2026-02-03 10:07") });

        Assert.Equal(Slot("2026-02-03 10:15"), result.Slot);
    }

    [Fact]
    public void Find_TwoDaysLeadOverHoliday_HolidayNotCounted()
    {
        // Good Friday and Easter Monday 2026 are not working days, so Thursday + 2 is Wednesday.
        var now = new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.FromHours(3));

        var result = Finder(o => o.MinimumLeadWorkingDays = 2).Find(Request(new(2026, 4, 1), new(2026, 4, 10)) with { Now = now });

        Assert.Equal(SummerSlot("2026-04-08 09:00"), result.Slot);
    }

    [Fact]
    public void Find_LeadReachesPastWindow_NothingAtAll()
    {
        var result = Finder().Find(Request(Monday, Friday) with { Now = At("2026-02-06 09:00") });

        Assert.Null(result.Slot);
        Assert.Empty(result.Partials);
    }

    [Fact]
    public void Find_LengthZero_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Finder().Find(Request(Monday, Friday) with { Length = TimeSpan.Zero }));
    }
}
