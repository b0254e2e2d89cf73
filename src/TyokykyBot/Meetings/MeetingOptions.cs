namespace TyokykyBot.Meetings;

public sealed class MeetingOptions
{
    public const string Section = "Meetings";

    /// <summary>The calendar subject: neutral on purpose, with the case code added.</summary>
    public string Subject { get; set; } = "Neuvottelu";

    /// <summary>Working days before the meeting when pre-information goes out (at once when the meeting is sooner).</summary>
    public int PreInformationWorkingDays { get; set; } = 3;
}
