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
        ["body"] = new JsonArray([.. body.Where(b => b is not null)]),
    };

    public static JsonObject Title(string text) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["size"] = "Large",
        ["weight"] = "Bolder",
        ["wrap"] = true,
        ["style"] = "heading",
    };

    public static JsonObject Text(string text, bool subtle = false) => new()
    {
        ["type"] = "TextBlock",
        ["text"] = text,
        ["wrap"] = true,
        ["isSubtle"] = subtle,
    };

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };
}
