using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Integration.Flows;

public static class CardJson
{
    /// <summary>The card inside an invoke answer: <c>{statusCode, type, value: card}</c>.</summary>
    public static JsonObject CardOf(JsonObject invokeAnswer)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)invokeAnswer["type"]);
        return invokeAnswer["value"]!.AsObject();
    }

    /// <summary>The case id carried by the card's actions.</summary>
    public static Guid CaseIdIn(JsonNode card) =>
        Find(card, "caseId") is { } value && Guid.TryParse(value, out var id) ? id : throw new InvalidOperationException("No caseId in the card.");

    public static string Title(JsonObject card) => (string)card["body"]!.AsArray()[0]!["text"]!;

    /// <summary>The ids of every input on the card.</summary>
    public static IReadOnlyList<string> InputIds(JsonNode card)
    {
        var ids = new List<string>();
        Walk(card, node =>
        {
            if (node is JsonObject o && ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true && (string?)o["id"] is { } id)
            {
                ids.Add(id);
            }
        });
        return ids;
    }

    /// <summary>The first action with <paramref name="verb"/>, nested show-cards included.</summary>
    public static JsonObject ActionWithVerb(JsonNode card, string verb)
    {
        JsonObject? found = null;
        Walk(card, n =>
        {
            if (found is null && n is JsonObject o && (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb)
            {
                found = o;
            }
        });
        return found ?? throw new InvalidOperationException($"No {verb} action in the card.");
    }

    private static string? Find(JsonNode node, string key)
    {
        string? found = null;
        Walk(node, n =>
        {
            if (found is null && n is JsonObject o && o[key] is JsonValue v && v.TryGetValue<string>(out var s))
            {
                found = s;
            }
        });
        return found;
    }

    private static void Walk(JsonNode? node, Action<JsonNode> visit)
    {
        if (node is null)
        {
            return;
        }

        visit(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Walk(child, visit);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Walk(child, visit);
                }

                break;
        }
    }
}
