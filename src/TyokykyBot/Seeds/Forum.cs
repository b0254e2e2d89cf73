namespace TyokykyBot.Seeds;

/// <summary>A forum of occupational-health cooperation: one entry of the annual clock.</summary>
public sealed record Forum
{
    public string Id { get; init; } = "";

    public LocalizedText Name { get; init; } = new();

    public LocalizedText Task { get; init; } = new();

    public LocalizedText Participants { get; init; } = new();

    public LocalizedText Cadence { get; init; } = new();

    /// <summary>A planning hint for the annual clock; null when it is set case by case.</summary>
    public int? TypicalTimesPerYear { get; init; }

    /// <summary>The forum this bot serves directly.</summary>
    public bool CaseMeetingForum { get; init; }
}
