using System.Text.Json.Serialization;

namespace TyokykyBot.Cards;

/// <summary>
/// Teams runs the refresh action when one of <see cref="UserIds"/> opens the card (at most 60 MRIs;
/// an empty list would mean a manual refresh only). Only an Action.Execute may refresh.
/// </summary>
public sealed record CardRefresh(ExecuteAction Execute, IReadOnlyList<string> UserIds)
{
    [JsonIgnore]
    public ExecuteAction Execute { get; init; } = Execute;

    /// <summary>Written as the base type, so the action carries its <c>type</c>.</summary>
    public AdaptiveAction Action => Execute;
}
