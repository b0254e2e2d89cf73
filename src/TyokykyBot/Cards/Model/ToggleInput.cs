namespace TyokykyBot.Cards;

/// <summary>Submits <see cref="ValueOn"/> or <see cref="ValueOff"/> as text.</summary>
public sealed record ToggleInput(string Title) : CardInput
{
    public string Value { get; init; } = "false";

    public string ValueOn { get; init; } = "true";

    public string ValueOff { get; init; } = "false";

    public bool Wrap { get; init; } = true;
}
