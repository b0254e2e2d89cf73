namespace TyokykyBot.Cards;

/// <summary>The value is yyyy-MM-dd.</summary>
public sealed record DateInput : CardInput
{
    public string? Value { get; init; }
}
