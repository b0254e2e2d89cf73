namespace TyokykyBot.Meetings.Scheduling;

/// <summary>
/// Finnish public holidays (Act on public holidays and the church calendar), computed rather than
/// listed, and the customary days off that are not holidays by law but on which workplaces close.
/// </summary>
public static class FinnishHolidays
{
    public static IReadOnlyList<(DateOnly Date, string Id)> For(int year)
    {
        var easter = GregorianEaster.Sunday(year);
        return
        [
            (new(year, 1, 1), HolidayId.NewYearsDay),
            (new(year, 1, 6), HolidayId.Epiphany),
            (easter.AddDays(-2), HolidayId.GoodFriday),
            (easter, HolidayId.EasterSunday),
            (easter.AddDays(1), HolidayId.EasterMonday),
            (new(year, 5, 1), HolidayId.MayDay),
            (easter.AddDays(39), HolidayId.AscensionDay),
            (easter.AddDays(49), HolidayId.WhitSunday),
            (FirstOnOrAfter(new(year, 6, 20), DayOfWeek.Saturday), HolidayId.MidsummerDay),
            (FirstOnOrAfter(new(year, 10, 31), DayOfWeek.Saturday), HolidayId.AllSaintsDay),
            (new(year, 12, 6), HolidayId.IndependenceDay),
            (new(year, 12, 25), HolidayId.ChristmasDay),
            (new(year, 12, 26), HolidayId.BoxingDay),
        ];
    }

    /// <summary>Midsummer Eve (the Friday before Midsummer Day) and Christmas Eve.</summary>
    public static IReadOnlyList<(DateOnly Date, string Id)> CustomaryDaysOff(int year) =>
    [
        (FirstOnOrAfter(new(year, 6, 19), DayOfWeek.Friday), HolidayId.MidsummerEve),
        (new(year, 12, 24), HolidayId.ChristmasEve),
    ];

    public static bool IsPublicHoliday(DateOnly date) => For(date.Year).Any(h => h.Date == date);

    public static bool IsCustomaryDayOff(DateOnly date) => CustomaryDaysOff(date.Year).Any(d => d.Date == date);

    private static DateOnly FirstOnOrAfter(DateOnly date, DayOfWeek day) =>
        date.AddDays(((int)day - (int)date.DayOfWeek + 7) % 7);
}
