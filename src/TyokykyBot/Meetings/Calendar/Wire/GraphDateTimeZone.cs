using System.Globalization;

namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>Graph's <c>dateTimeTimeZone</c>: a wall-clock time and the zone it is in (IANA or Windows name).</summary>
internal sealed record GraphDateTimeZone(string DateTime, string TimeZone)
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss";

    /// <summary>Every time the bot writes is in UTC, so what Graph stores never depends on the server's zone.</summary>
    public static GraphDateTimeZone Utc(DateTimeOffset instant) =>
        new(instant.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture), "UTC");

    /// <summary>The instant, or null when the time or the zone cannot be read.</summary>
    public DateTimeOffset? ToInstant()
    {
        if (!System.DateTime.TryParse(DateTime, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock))
        {
            return null;
        }

        wallClock = System.DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (string.Equals(TimeZone, "UTC", StringComparison.OrdinalIgnoreCase))
        {
            return new DateTimeOffset(wallClock, TimeSpan.Zero);
        }

        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
            return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(wallClock, zone), TimeSpan.Zero);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }
}
