namespace TyokykyBot.Cases;

/// <summary>Dates on cards mean dates in Finland, whatever the server's zone.</summary>
public static class HelsinkiTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTimeOffset Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);
}
