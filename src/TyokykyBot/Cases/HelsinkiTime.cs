namespace TyokykyBot.Cases;

/// <summary>Dates on cards mean dates in Finland, whatever the server's zone.</summary>
public static class HelsinkiTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    public static DateTimeOffset Now(TimeProvider time) => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    /// <summary>"ti 1.12.2026 klo 9.00"-like, culture-neutral enough for every UI language: d.M.yyyy HH:mm in Helsinki.</summary>
    public static string Format(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).ToString("d.M.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"1.12.2026 09:00–10:30": the start as <see cref="Format"/>, then the end's time of day.</summary>
    public static string FormatRange(DateTimeOffset start, DateTimeOffset end) =>
        $"{Format(start)}–{TimeZoneInfo.ConvertTime(end, Zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}";
}
