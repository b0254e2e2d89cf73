using System.Text.Json.Nodes;

namespace TyokykyBot.Cards;

/// <summary>The answer to a refused click: one line, already localised by the caller.</summary>
public static class ErrorCard
{
    public static JsonObject Create(string message) => AdaptiveCard.Create(
        new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = message,
            ["wrap"] = true,
            ["color"] = "attention",
        });
}
