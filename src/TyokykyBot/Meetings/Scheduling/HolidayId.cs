namespace TyokykyBot.Meetings.Scheduling;

/// <summary>Stable ids of the days off; cards translate them, code compares them.</summary>
public static class HolidayId
{
    public const string NewYearsDay = "new-years-day";
    public const string Epiphany = "epiphany";
    public const string GoodFriday = "good-friday";
    public const string EasterSunday = "easter-sunday";
    public const string EasterMonday = "easter-monday";
    public const string MayDay = "may-day";
    public const string AscensionDay = "ascension-day";
    public const string WhitSunday = "whit-sunday";
    public const string MidsummerDay = "midsummer-day";
    public const string AllSaintsDay = "all-saints-day";
    public const string IndependenceDay = "independence-day";
    public const string ChristmasDay = "christmas-day";
    public const string BoxingDay = "boxing-day";

    public const string MidsummerEve = "midsummer-eve";
    public const string ChristmasEve = "christmas-eve";
}
