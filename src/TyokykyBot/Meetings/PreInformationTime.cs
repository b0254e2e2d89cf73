using TyokykyBot.Meetings.Scheduling;

namespace TyokykyBot.Meetings;

/// <summary>When pre-information goes out: at the start of the working day N working days before the meeting, or now if that has passed.</summary>
public sealed class PreInformationTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public DateTimeOffset SendAt(DateTimeOffset meetingStart, int workingDays, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(meetingStart, Zone).DateTime);
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(-1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
                && !FinnishHolidays.IsPublicHoliday(day) && !FinnishHolidays.IsCustomaryDayOff(day))
            {
                counted++;
            }
        }

        var local = day.ToDateTime(new TimeOnly(8, 0));
        var sendAt = new DateTimeOffset(local, Zone.GetUtcOffset(local));
        return sendAt > now ? sendAt : now;
    }
}
