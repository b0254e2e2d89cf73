namespace TyokykyBot.Meetings.Scheduling;

/// <summary>Wall-clock times of a zone to instants, defined also on the days the clocks change.</summary>
internal static class ZoneClock
{
    /// <summary>
    /// A time in the spring gap does not exist; it is read with the offset from before the gap, so
    /// it moves forward by the gap's length. A time in the autumn overlap names two instants;
    /// <paramref name="earlier"/> picks which.
    /// </summary>
    public static DateTimeOffset Instant(TimeZoneInfo zone, DateTime local, bool earlier)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        TimeSpan offset;
        if (zone.IsInvalidTime(local))
            offset = zone.GetUtcOffset(local.AddHours(-3));
        else if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            offset = earlier ? offsets.Max() : offsets.Min();
        }
        else
            offset = zone.GetUtcOffset(local);
        return TimeZoneInfo.ConvertTime(new DateTimeOffset(local, offset), zone);
    }
}
