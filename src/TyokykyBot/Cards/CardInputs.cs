using System.Text.Json.Nodes;

namespace TyokykyBot.Cards;

/// <summary>Input elements of schema 1.5, with the label on the input so screen readers tie them together.</summary>
public static class CardInputs
{
    public static JsonObject Text(string id, string label, string? value, string? placeholder = null, bool multiline = false, int? maxLength = null)
    {
        var input = Input("Input.Text", id, label, value);
        if (placeholder is not null)
            input["placeholder"] = placeholder;
        if (multiline)
            input["isMultiline"] = true;
        if (maxLength is { } max)
            input["maxLength"] = max;
        return input;
    }

    public static JsonObject Date(string id, string label, string? value) => Input("Input.Date", id, label, value);

    /// <summary>
    /// The client refuses to submit the card while the input is empty and shows
    /// <paramref name="errorMessage"/> under it; the server checks again all the same.
    /// </summary>
    public static JsonObject Required(this JsonObject input, string errorMessage)
    {
        input["isRequired"] = true;
        input["errorMessage"] = errorMessage;
        return input;
    }

    /// <summary>A toggle reads "true" or "false" in the submitted data.</summary>
    public static JsonObject Toggle(string id, string title, bool value) => new()
    {
        ["type"] = "Input.Toggle",
        ["id"] = id,
        ["title"] = title,
        ["value"] = value ? "true" : "false",
        ["valueOn"] = "true",
        ["valueOff"] = "false",
        ["wrap"] = true,
    };

    /// <summary>
    /// A multi-select's value is the chosen values joined by commas, as Teams submits it. With
    /// <paramref name="requiredMessage"/> the client refuses to submit until a choice is made and
    /// shows that message; the server must still check, as any client may skip it.
    /// </summary>
    public static JsonObject Choices(
        string id, string label, IEnumerable<(string Title, string Value)> choices, string? value,
        bool multiSelect = false, bool expanded = false, string? placeholder = null, string? requiredMessage = null)
    {
        var input = Input("Input.ChoiceSet", id, label, value);
        input["choices"] = ChoiceArray(choices);
        input["isMultiSelect"] = multiSelect;
        input["style"] = expanded ? "expanded" : "compact";
        if (placeholder is not null)
            input["placeholder"] = placeholder;
        if (requiredMessage is not null)
        {
            input["isRequired"] = true;
            input["errorMessage"] = requiredMessage;
        }
        return input;
    }

    /// <summary>
    /// The Teams people picker: a choice set filled by a typeahead search of the organisation's
    /// users; the submitted value is the AAD object id. A prefilled person needs a static choice
    /// so the picker shows the name rather than the id.
    /// </summary>
    public static JsonObject PeoplePicker(string id, string label, string? value, string? valueTitle, string placeholder)
    {
        IEnumerable<(string, string)> known = string.IsNullOrWhiteSpace(value) ? [] : [(valueTitle ?? value, value)];
        var input = Choices(id, label, known, value, placeholder: placeholder);
        input["choices.data"] = new JsonObject
        {
            ["type"] = "Data.Query",
            ["dataset"] = "graph.microsoft.com/users",
        };
        return input;
    }

    private static JsonObject Input(string type, string id, string label, string? value)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label };
        if (!string.IsNullOrEmpty(value))
            input["value"] = value;
        return input;
    }

    private static JsonArray ChoiceArray(IEnumerable<(string Title, string Value)> choices) =>
        [.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })];
}
