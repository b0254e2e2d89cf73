namespace TyokykyBot.Seeds;

/// <summary>One item of the case-meeting checklist.</summary>
public sealed record ChecklistItem
{
    public string Id { get; init; } = "";

    public ChecklistPhase Phase { get; init; }

    public LocalizedText Text { get; init; } = new();
}
