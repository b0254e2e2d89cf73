using System.Text.Json.Serialization;

namespace TyokykyBot.Cards;

/// <summary>
/// A choice set; a multi-select submits the chosen values joined by commas. With
/// <see cref="ChoicesData"/> Teams fills the list as the user types (its typeahead search).
/// </summary>
public sealed record ChoiceSetInput : CardInput
{
    /// <summary>Written even when empty: a typeahead's static list may be empty, a missing one is not valid.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    /// <summary>
    /// Teams' dynamic typeahead. The schema dates it to 1.6, yet Teams reads it on 1.5 cards;
    /// a client that does not know it shows the static <see cref="Choices"/>.
    /// </summary>
    [JsonPropertyName("choices.data")]
    public DataQuery? ChoicesData { get; init; }

    public string? Value { get; init; }

    public bool IsMultiSelect { get; init; }

    /// <summary>compact (a drop-down), expanded (radio buttons or check boxes) or filtered (type to filter, 1.5).</summary>
    public string? Style { get; init; }

    public string? Placeholder { get; init; }
}
