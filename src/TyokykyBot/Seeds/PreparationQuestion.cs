using System.Collections.Immutable;

namespace TyokykyBot.Seeds;

/// <summary>A question sent with the pre-information to the participants in <see cref="Roles"/>.</summary>
public sealed record PreparationQuestion
{
    public string Id { get; init; } = "";

    public ImmutableArray<string> Roles { get; init; } = [];

    public LocalizedText Text { get; init; } = new();
}
