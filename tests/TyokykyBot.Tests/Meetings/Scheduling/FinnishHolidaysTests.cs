using TyokykyBot.Meetings.Scheduling;

namespace TyokykyBot.Tests.Meetings.Scheduling;

public class FinnishHolidaysTests
{
    [Theory]
    [InlineData(2024, "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-06-22", "2024-11-02")]
    [InlineData(2025, "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-08", "2025-06-21", "2025-11-01")]
    [InlineData(2026, "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24", "2026-06-20", "2026-10-31")]
    [InlineData(2027, "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-16", "2027-06-26", "2027-11-06")]
    public void For_KnownYear_MovableHolidaysOnTheirDates(
        int year, string goodFriday, string easter, string easterMonday, string ascension, string whitSunday, string midsummer, string allSaints)
    {
        var holidays = FinnishHolidays.For(year).ToDictionary(h => h.Id, h => h.Date);

        Assert.Equal(DateOnly.Parse(goodFriday), holidays[HolidayId.GoodFriday]);
        Assert.Equal(DateOnly.Parse(easter), holidays[HolidayId.EasterSunday]);
        Assert.Equal(DateOnly.Parse(easterMonday), holidays[HolidayId.EasterMonday]);
        Assert.Equal(DateOnly.Parse(ascension), holidays[HolidayId.AscensionDay]);
        Assert.Equal(DateOnly.Parse(whitSunday), holidays[HolidayId.WhitSunday]);
        Assert.Equal(DateOnly.Parse(midsummer), holidays[HolidayId.MidsummerDay]);
        Assert.Equal(DateOnly.Parse(allSaints), holidays[HolidayId.AllSaintsDay]);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2027)]
    public void For_AnyYear_FixedHolidaysOnTheirDates(int year)
    {
        var holidays = FinnishHolidays.For(year).ToDictionary(h => h.Id, h => h.Date);

        Assert.Equal(13, holidays.Count);
        Assert.Equal(new DateOnly(year, 1, 1), holidays[HolidayId.NewYearsDay]);
        Assert.Equal(new DateOnly(year, 1, 6), holidays[HolidayId.Epiphany]);
        Assert.Equal(new DateOnly(year, 5, 1), holidays[HolidayId.MayDay]);
        Assert.Equal(new DateOnly(year, 12, 6), holidays[HolidayId.IndependenceDay]);
        Assert.Equal(new DateOnly(year, 12, 25), holidays[HolidayId.ChristmasDay]);
        Assert.Equal(new DateOnly(year, 12, 26), holidays[HolidayId.BoxingDay]);
    }

    [Theory]
    [InlineData(1818, "1818-03-22")]
    [InlineData(1943, "1943-04-25")]
    [InlineData(1981, "1981-04-19")]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2038, "2038-04-25")]
    [InlineData(2285, "2285-03-22")]
    public void GregorianEaster_KnownYear_Sunday(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), GregorianEaster.Sunday(year));
    }

    [Fact]
    public void For_Years1900To2200_SaturdayRulesAndEasterOnSunday()
    {
        for (var year = 1900; year <= 2200; year++)
        {
            var holidays = FinnishHolidays.For(year).ToDictionary(h => h.Id, h => h.Date);
            var midsummer = holidays[HolidayId.MidsummerDay];
            var allSaints = holidays[HolidayId.AllSaintsDay];

            Assert.Equal(DayOfWeek.Saturday, midsummer.DayOfWeek);
            Assert.InRange(midsummer, new DateOnly(year, 6, 20), new DateOnly(year, 6, 26));
            Assert.Equal(DayOfWeek.Saturday, allSaints.DayOfWeek);
            Assert.InRange(allSaints, new DateOnly(year, 10, 31), new DateOnly(year, 11, 6));
            Assert.Equal(DayOfWeek.Sunday, holidays[HolidayId.EasterSunday].DayOfWeek);
            Assert.InRange(holidays[HolidayId.EasterSunday], new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }

    [Theory]
    [InlineData(2024, "2024-06-21")]
    [InlineData(2025, "2025-06-20")]
    [InlineData(2026, "2026-06-19")]
    [InlineData(2027, "2027-06-25")]
    public void CustomaryDaysOff_KnownYear_MidsummerEveAndChristmasEve(int year, string midsummerEve)
    {
        Assert.Equal(
            [(DateOnly.Parse(midsummerEve), HolidayId.MidsummerEve), (new DateOnly(year, 12, 24), HolidayId.ChristmasEve)],
            FinnishHolidays.CustomaryDaysOff(year));
    }

    [Theory]
    [InlineData("2026-06-19")]
    [InlineData("2026-12-24")]
    public void IsCustomaryDayOff_EveNotPublicHoliday_TrueButNotHoliday(string date)
    {
        Assert.True(FinnishHolidays.IsCustomaryDayOff(DateOnly.Parse(date)));
        Assert.False(FinnishHolidays.IsPublicHoliday(DateOnly.Parse(date)));
    }

    [Theory]
    [InlineData("2026-01-06", true)]
    [InlineData("2026-04-03", true)]
    [InlineData("2026-04-06", true)]
    [InlineData("2026-05-14", true)]
    [InlineData("2026-12-06", true)]
    [InlineData("2026-04-07", false)]
    [InlineData("2026-06-22", false)]
    [InlineData("2026-11-02", false)]
    public void IsPublicHoliday_Date_AsTheCalendarSays(string date, bool expected)
    {
        Assert.Equal(expected, FinnishHolidays.IsPublicHoliday(DateOnly.Parse(date)));
        Assert.False(FinnishHolidays.IsCustomaryDayOff(DateOnly.Parse(date)));
    }
}
