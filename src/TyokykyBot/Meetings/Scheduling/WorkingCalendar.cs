namespace TyokykyBot.Meetings.Scheduling;

/// <summary>Which days are working days and when their working hours begin and end, as instants.</summary>
internal sealed class WorkingCalendar(WorkingTimeOptions options, TimeZoneInfo zone)
{
    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !FinnishHolidays.IsPublicHoliday(date)
        && !FinnishHolidays.CustomaryDaysOff(date.Year).Any(d => d.Date == date && IsTakenOff(d.Id));

    /// <summary>Working hours of a date; in an autumn overlap they are read so as to be the longer.</summary>
    public (DateTimeOffset Open, DateTimeOffset Close) Hours(DateOnly date) =>
        (ZoneClock.Instant(zone, date.ToDateTime(options.WorkdayStart), earlier: true),
         ZoneClock.Instant(zone, date.ToDateTime(options.WorkdayEnd), earlier: false));

    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>
    /// The moment <paramref name="workingDays"/> days' worth of working hours after
    /// <paramref name="now"/>: Monday 10:00 gives Tuesday 10:00, Friday 14:00 the next Monday 14:00,
    /// and a time outside working hours counts from the next opening.
    /// </summary>
    public DateTimeOffset AfterWorkingDays(DateTimeOffset now, int workingDays)
    {
        var remaining = (options.WorkdayEnd - options.WorkdayStart) * workingDays;
        // Weekdays outnumber the days off in any year, so a working day always comes.
        for (var day = DateOnly.FromDateTime(Local(now).DateTime); ; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
                continue;
            var (open, close) = Hours(day);
            var from = open > now ? open : now;
            if (from >= close)
                continue;
            if (close - from >= remaining)
                return from + remaining;
            remaining -= close - from;
        }
    }

    private bool IsTakenOff(string customaryDayId) => customaryDayId switch
    {
        HolidayId.MidsummerEve => options.MidsummerEveOff,
        HolidayId.ChristmasEve => options.ChristmasEveOff,
        _ => true,
    };
}
