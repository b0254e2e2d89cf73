using System.Text.Json.Nodes;

namespace TyokykyBot.Cards;

public static class CardActions
{
    /// <summary>
    /// An Action.Execute (an <c>adaptiveCard/action</c> invoke). With <paramref name="sendInputs"/>
    /// false the card's inputs stay on the client: a "not now" carries no half-filled answers.
    /// </summary>
    public static JsonObject Execute(string title, string verb, Guid? caseId, string? style = null, bool sendInputs = true)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = Data(caseId),
        };
        if (style is not null)
            action["style"] = style;
        if (!sendInputs)
            action["associatedInputs"] = "none";
        return action;
    }

    /// <summary>The action a refresh block runs: no title, and nothing but the case id.</summary>
    public static JsonObject Refresh(string verb, Guid caseId) => new()
    {
        ["type"] = "Action.Execute",
        ["verb"] = verb,
        ["data"] = Data(caseId),
    };

    public static JsonObject OpenUrl(string title, string url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url,
    };

    /// <summary>Shows a nested card in place, for a confirmation before a step that cannot be undone.</summary>
    public static JsonObject ShowCard(string title, JsonObject card) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = card,
    };

    private static JsonObject Data(Guid? caseId) =>
        caseId is { } id ? new JsonObject { [CardData.CaseIdKey] = id.ToString() } : [];
}
