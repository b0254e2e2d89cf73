using System.Text.Json.Serialization;

namespace TyokykyBot.Cards;

/// <summary>
/// Where a typeahead's choices come from: Teams sends an <c>application/search</c> invoke naming
/// <see cref="Dataset"/> with what the user typed, and shows the bot's results.
/// </summary>
public sealed record DataQuery(string Dataset)
{
    /// <summary>The directory search the bot answers; each result's value is the person's e-mail or UPN.</summary>
    public const string People = "people";

    [JsonPropertyOrder(-1)]
    public string Type => "Data.Query";
}
