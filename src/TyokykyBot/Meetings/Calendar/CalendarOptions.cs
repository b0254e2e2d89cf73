namespace TyokykyBot.Meetings.Calendar;

public sealed class CalendarOptions
{
    public const string Section = "Calendar";

    public CalendarProvider Provider { get; set; } = CalendarProvider.Local;
}
