namespace TyokykyBot.Cards;

/// <summary>Input elements of schema 1.5, with the label on the input so screen readers tie them together.</summary>
public static class CardInputs
{
    public static TextInput Text(string id, string label, string? value, string? placeholder = null, bool multiline = false, int? maxLength = null) =>
        new()
        {
            Id = id,
            Label = label,
            Value = NullIfEmpty(value),
            Placeholder = placeholder,
            IsMultiline = multiline ? true : null,
            MaxLength = maxLength,
        };

    public static DateInput Date(string id, string label, string? value) => new() { Id = id, Label = label, Value = NullIfEmpty(value) };

    /// <summary>
    /// The client refuses to submit the card while the input is empty and shows
    /// <paramref name="errorMessage"/> under it; the server checks again all the same.
    /// </summary>
    public static T Required<T>(this T input, string errorMessage) where T : CardInput =>
        input with { IsRequired = true, ErrorMessage = errorMessage };

    /// <summary>A toggle reads "true" or "false" in the submitted data.</summary>
    public static ToggleInput Toggle(string id, string title, bool value) => new(title) { Id = id, Value = value ? "true" : "false" };

    /// <summary>
    /// A multi-select's value is the chosen values joined by commas, as Teams submits it. With
    /// <paramref name="requiredMessage"/> the client refuses to submit until a choice is made and
    /// shows that message; the server must still check, as any client may skip it. The schema allows
    /// no empty title or value: a choice without a value is left out (an unset input submits ""),
    /// one without a title shows its value.
    /// </summary>
    public static ChoiceSetInput Choices(
        string id, string label, IEnumerable<(string Title, string Value)> choices, string? value,
        bool multiSelect = false, string style = "compact", string? placeholder = null, string? requiredMessage = null) =>
        new()
        {
            Id = id,
            Label = label,
            Choices = [.. choices.Where(c => c.Value.Length > 0).Select(c => new Choice(c.Title.Length > 0 ? c.Title : c.Value, c.Value))],
            Value = NullIfEmpty(value),
            IsMultiSelect = multiSelect,
            Style = style,
            Placeholder = placeholder,
            IsRequired = requiredMessage is null ? null : true,
            ErrorMessage = requiredMessage,
        };

    /// <summary>
    /// A person, found as the user types: Teams asks the bot (<c>application/search</c>, dataset
    /// <see cref="DataQuery.People"/>) and the chosen result's value is the person's e-mail or UPN.
    /// A prefilled person needs a static choice so the box shows the name rather than the address.
    /// </summary>
    public static ChoiceSetInput PersonSearch(string id, string label, string? value, string? valueTitle, string placeholder)
    {
        IEnumerable<(string, string)> known = string.IsNullOrWhiteSpace(value) ? [] : [(valueTitle ?? value, value)];
        return Choices(id, label, known, value, style: "filtered", placeholder: placeholder) with
        {
            ChoicesData = new DataQuery(DataQuery.People),
        };
    }

    /// <summary>
    /// A list of directory people longer than this becomes a search: a long static list would carry
    /// the card past what Teams posts (28 KB), and is no easier to pick from.
    /// </summary>
    public const int MaxListed = 20;

    /// <summary>
    /// The listed people to choose from, or nothing when there is nobody; past <see cref="MaxListed"/>,
    /// a <see cref="DataQuery.People"/> search that keeps only the chosen ones as static choices.
    /// A single choice filters as the user types; a static multi-select stays a plain drop-down.
    /// </summary>
    public static ChoiceSetInput? PeopleList(
        string id, string label, IReadOnlyList<(string Title, string Value)> people, IReadOnlyList<string> chosen, string searchPlaceholder,
        bool multiSelect = false, string? placeholder = null)
    {
        var value = chosen.Count == 0 ? null : string.Join(',', chosen);
        if (people.Count <= MaxListed)
            return people.Count == 0 ? null : Choices(id, label, people, value, multiSelect, style: multiSelect ? "compact" : "filtered", placeholder: placeholder);
        var kept = people.Where(p => chosen.Contains(p.Value, StringComparer.OrdinalIgnoreCase));
        return Choices(id, label, kept, value, multiSelect, style: "filtered", placeholder: searchPlaceholder) with
        {
            ChoicesData = new DataQuery(DataQuery.People),
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
