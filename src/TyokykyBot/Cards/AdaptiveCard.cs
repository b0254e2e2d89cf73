using System.Text.Json.Nodes;

namespace TyokykyBot.Cards;

/// <summary>
/// Small builders for Adaptive Card JSON. Teams renders schema 1.5 at most, and Universal Actions
/// (Action.Execute) need at least 1.4.
/// </summary>
public static class AdaptiveCard
{
    public const string Version = "1.5";

    public static JsonObject Create(params IEnumerable<JsonNode?> body) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = Version,
        ["msteams"] = new JsonObject { ["width"] = "Full" },
        ["body"] = new JsonArray([.. body.Where(b => b is not null)]),
    };

    public static JsonObject WithActions(this JsonObject card, params IEnumerable<JsonNode?> actions)
    {
        card["actions"] = new JsonArray([.. actions.Where(a => a is not null)]);
        return card;
    }

    /// <summary>
    /// Only the listed users' clients refresh the card (at most 60 MRIs); an empty list would
    /// mean manual refresh only, so a card meant for one person names that person.
    /// </summary>
    public static JsonObject WithRefresh(this JsonObject card, JsonObject action, params IEnumerable<string> userIds)
    {
        card["refresh"] = new JsonObject
        {
            ["action"] = action,
            ["userIds"] = new JsonArray([.. userIds.Select(id => (JsonNode)JsonValue.Create(id))]),
        };
        return card;
    }

    public static JsonObject Title(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["size"] = "Large",
        ["weight"] = "Bolder",
        ["wrap"] = true,
        ["style"] = "heading",
    };

    public static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["weight"] = "Bolder",
        ["wrap"] = true,
        ["spacing"] = "Large",
    };

    public static JsonObject Text(string text, bool subtle = false) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["isSubtle"] = subtle,
    };

    /// <summary>A validation message directly under the input it belongs to.</summary>
    public static JsonObject ErrorText(string id, string text) => new()
    {
        ["type"] = "TextBlock",
        ["id"] = id,
        ["text"] = text,
        ["wrap"] = true,
        ["color"] = "attention",
        ["spacing"] = "None",
    };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };
}
