namespace TyokykyBot.Seeds;

/// <summary>
/// A matter the employee may allow to be discussed. There is deliberately no "on by default"
/// flag: consent to each topic is an explicit choice (Laki yksityisyyden suojasta työelämässä §5).
/// </summary>
public sealed record ConsentTopic
{
    public string Id { get; init; } = "";

    public LocalizedText Label { get; init; } = new();

    public LocalizedText Description { get; init; } = new();

    /// <summary>Health-related or otherwise delicate: shown with extra care and never outside consent.</summary>
    public bool Sensitive { get; init; }

    /// <summary>Employment-contract matters: the employee is offered the shop-steward invitation.</summary>
    public bool SuggestsShopSteward { get; init; }
}
