using System.Text.Json.Nodes;

namespace TyokykyBot.E2E;

/// <summary>Reading Adaptive Card JSON: the inputs in the order they render, the actions and their verbs.</summary>
internal static class CardJson
{
    /// <summary>Every Adaptive Card in a payload (an activity, a WebSocket frame, an invoke response).</summary>
    public static IEnumerable<JsonObject> FindCards(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when Type(o) == "AdaptiveCard":
                yield return o;
                break;
            case JsonObject o:
                foreach (var child in o.Select(p => p.Value).SelectMany(FindCards))
                    yield return child;
                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(FindCards))
                    yield return child;
                break;
        }
    }

    /// <summary>The card's own inputs, in document order (not those of a card an Action.ShowCard opens).</summary>
    public static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        Elements(card["body"]).Where(e => Type(e)?.StartsWith("Input.", StringComparison.Ordinal) == true);

    /// <summary>The buttons this card renders itself: its actions and those of its ActionSets.</summary>
    public static IEnumerable<JsonObject> Actions(JsonObject card) =>
        Objects(card["actions"]).Concat(Elements(card["body"]).Where(e => Type(e) == "Action.Set" || Type(e) == "ActionSet")
            .SelectMany(set => Objects(set["actions"])));

    /// <summary>Every verb reachable from the card, including those in a card an Action.ShowCard opens.</summary>
    public static IEnumerable<string> Verbs(JsonObject card) =>
        Actions(card).SelectMany(a => a["card"] is JsonObject inner
                ? Verbs(inner)
                : a["verb"]?.GetValue<string>() is { } verb ? [verb] : [])
            .Concat(card["refresh"]?["action"]?["verb"]?.GetValue<string>() is { } refresh ? [refresh] : []);

    public static bool HasInput(JsonObject card, string id) => Inputs(card).Any(i => Id(i) == id);

    public static bool HasAction(JsonObject card, string verb) => Actions(card).Any(a => a["verb"]?.GetValue<string>() == verb);

    /// <summary>Every string value in the card (texts, titles, facts, labels), for "does it mention" checks.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue(out string? s) => [s!],
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };

    /// <summary>The texts of the card's TextBlocks, in document order.</summary>
    public static IEnumerable<string> TextBlocks(JsonObject card) =>
        Elements(card["body"]).Where(e => Type(e) == "TextBlock").Select(e => Text(e, "text")).OfType<string>();

    /// <summary>The facts of the card's FactSets, in document order.</summary>
    public static IEnumerable<(string Title, string Value)> Facts(JsonObject card) =>
        Elements(card["body"]).Where(e => Type(e) == "FactSet")
            .SelectMany(set => Objects(set["facts"]))
            .Select(f => (Text(f, "title") ?? "", Text(f, "value") ?? ""));

    public static string? Id(JsonObject element) => element["id"]?.GetValue<string>();

    public static string? Type(JsonObject element) => element["type"]?.GetValue<string>();

    public static string? Text(JsonObject element, string property) => element[property]?.GetValue<string>();

    /// <summary>A short description for a failure message: the first text, the inputs, the verbs.</summary>
    public static string Describe(JsonObject card)
    {
        var title = TextBlocks(card).FirstOrDefault();
        return $"\"{title}\" inputs [{string.Join(",", Inputs(card).Select(Id))}] verbs [{string.Join(",", Verbs(card))}]";
    }

    private static IEnumerable<JsonObject> Elements(JsonNode? items)
    {
        foreach (var element in Objects(items))
        {
            yield return element;
            var children = Type(element) switch
            {
                "Container" => Elements(element["items"]),
                "ColumnSet" => Objects(element["columns"]).SelectMany(c => Elements(c["items"])),
                "Column" => Elements(element["items"]),
                "Table" => Objects(element["rows"]).SelectMany(r => Objects(r["cells"])).SelectMany(c => Elements(c["items"])),
                _ => [],
            };
            foreach (var child in children)
                yield return child;
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray a ? a.OfType<JsonObject>() : [];
}
