using System.Collections.Immutable;

namespace TyokykyBot.Seeds;

/// <summary>The shape every seed file shares: what it is for, and its entries.</summary>
public sealed record SeedFile<T>
{
    public string About { get; init; } = "";

    public ImmutableArray<T> Items { get; init; } = [];
}
