namespace TyokykyBot.Meetings.Scheduling;

/// <summary>When meetings may be booked. Weekends and Finnish public holidays are always off.</summary>
public sealed class WorkingTimeOptions
{
    public const string Section = "Scheduling";

    /// <summary>Local time in <see cref="TimeZone"/> at which the first slot of a working day may start.</summary>
    public TimeOnly WorkdayStart { get; set; } = new(8, 0);

    /// <summary>Local time by which a slot, its buffer included, must have ended.</summary>
    public TimeOnly WorkdayEnd { get; set; } = new(16, 0);

    /// <summary>IANA id; working hours and the window's dates are read in this zone.</summary>
    public string TimeZone { get; set; } = "Europe/Helsinki";

    /// <summary>Kept free after the meeting so nobody is rushed out of it into the next thing.</summary>
    public TimeSpan Buffer { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Not a holiday by law, but most workplaces close (the Friday before Midsummer Day).</summary>
    public bool MidsummerEveOff { get; set; } = true;

    /// <summary>Not a holiday by law, but customarily a day off.</summary>
    public bool ChristmasEveOff { get; set; } = true;

    /// <summary>Candidate starts are this far apart, counted from <see cref="WorkdayStart"/>.</summary>
    public TimeSpan SlotStep { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Working days of notice: a slot starts no earlier than this much working time after now,
    /// so that the participants can prepare and the employee is not summoned at short notice.
    /// </summary>
    public int MinimumLeadWorkingDays { get; set; } = 1;

    internal static bool IsValid(WorkingTimeOptions options) =>
        options.WorkdayStart < options.WorkdayEnd
        && System.TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone, out _)
        && options.Buffer >= TimeSpan.Zero
        && options.SlotStep > TimeSpan.Zero
        && options.MinimumLeadWorkingDays >= 0;
}
