using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyokykyBot.Testing;

/// <summary>
/// Reads Adaptive Card JSON as the bot sends it (never the renderers' own types), for unit,
/// integration and browser tests alike. Two ways in: <see cref="All"/> and what is built on it look
/// anywhere in the card, cards an Action.ShowCard opens included; <see cref="Inputs"/>,
/// <see cref="Buttons"/>, <see cref="TextBlocks"/> and <see cref="Facts"/> read what the card itself
/// renders, in document order.
/// </summary>
public static class CardJson
{
    /// <summary>The Teams channel post limit; cards stay well below it.</summary>
    public const int MaxBytes = 28 * 1024;

    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Every object in <paramref name="node"/>, itself first, in document order.</summary>
    public static IEnumerable<JsonObject> All(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => All(p.Value)))
                    yield return child;
                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(All))
                    yield return child;
                break;
        }
    }

    /// <summary>Every Adaptive Card in a payload (an activity, a WebSocket frame, an invoke response).</summary>
    public static IEnumerable<JsonObject> FindCards(JsonNode? node) => node switch
    {
        JsonObject o when Type(o) == "AdaptiveCard" => [o],
        JsonObject o => o.SelectMany(p => FindCards(p.Value)),
        JsonArray a => a.SelectMany(FindCards),
        _ => [],
    };

    /// <summary>The card inside an invoke answer: <c>{statusCode, type, value: card}</c>.</summary>
    public static JsonObject CardOf(JsonObject invokeAnswer)
    {
        Assert.Equal(ContentType, (string?)invokeAnswer["type"]);
        return invokeAnswer["value"]!.AsObject();
    }

    /// <summary>The first Adaptive Card attached to an activity, if any.</summary>
    public static JsonObject? AttachedCard(JsonNode? activity) => activity?["attachments"]?.AsArray()
        .FirstOrDefault(a => (string?)a?["contentType"] == ContentType)?["content"]?.AsObject();

    public static JsonObject ById(JsonObject card, string id) =>
        All(card).Single(o => (string?)o["id"] == id);

    public static bool Has(JsonObject card, string id) => All(card).Any(o => (string?)o["id"] == id);

    public static List<JsonObject> Body(JsonObject card) => [.. card["body"]!.AsArray().Select(n => n!.AsObject())];

    public static int IndexInBody(JsonObject card, string id) => Body(card).FindIndex(o => (string?)o["id"] == id);

    /// <summary>The element right after <paramref name="id"/> in the card's body.</summary>
    public static JsonObject After(JsonObject card, string id) => Body(card)[IndexInBody(card, id) + 1];

    /// <summary>The text of the card's first body element: its title.</summary>
    public static string Title(JsonObject card) => (string)card["body"]!.AsArray()[0]!["text"]!;

    /// <summary>The card's own <c>actions</c> array (which it must have).</summary>
    public static IEnumerable<JsonObject> Actions(JsonObject card) => card["actions"]!.AsArray().Select(a => a!.AsObject());

    /// <summary>The buttons this card renders itself: its actions and those of its ActionSets.</summary>
    public static IEnumerable<JsonObject> Buttons(JsonObject card) =>
        Objects(card["actions"]).Concat(Elements(card["body"]).Where(e => Type(e) is "Action.Set" or "ActionSet")
            .SelectMany(set => Objects(set["actions"])));

    /// <summary>The first Action.Execute with <paramref name="verb"/>, nested show-cards included.</summary>
    public static JsonObject ActionWithVerb(JsonNode card, string verb) =>
        All(card).FirstOrDefault(o => (string?)o["type"] == "Action.Execute" && (string?)o["verb"] == verb)
        ?? throw new InvalidOperationException($"No {verb} action in the card.");

    /// <summary>Every verb reachable from the card, including those in a card an Action.ShowCard opens.</summary>
    public static IEnumerable<string> Verbs(JsonObject card) =>
        Buttons(card).SelectMany(a => a["card"] is JsonObject inner
                ? Verbs(inner)
                : a["verb"]?.GetValue<string>() is { } verb ? [verb] : [])
            .Concat(card["refresh"]?["action"]?["verb"]?.GetValue<string>() is { } refresh ? [refresh] : []);

    public static bool HasAction(JsonObject card, string verb) => Buttons(card).Any(a => a["verb"]?.GetValue<string>() == verb);

    /// <summary>The card's own inputs, in document order (not those of a card an Action.ShowCard opens).</summary>
    public static IEnumerable<JsonObject> Inputs(JsonObject card) =>
        Elements(card["body"]).Where(e => Type(e)?.StartsWith("Input.", StringComparison.Ordinal) == true);

    public static bool HasInput(JsonObject card, string id) => Inputs(card).Any(i => Id(i) == id);

    /// <summary>The ids of every input anywhere in the card, show-cards included.</summary>
    public static IReadOnlyList<string> InputIds(JsonNode card) =>
        [.. All(card).Where(o => Type(o)?.StartsWith("Input.", StringComparison.Ordinal) == true).Select(Id).OfType<string>()];

    /// <summary>The case id the card's actions carry: the first string <c>caseId</c> in the card.</summary>
    public static Guid CaseIdIn(JsonNode card)
    {
        var value = All(card).Select(o => o["caseId"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).FirstOrDefault(s => s is not null);
        return Guid.TryParse(value, out var id) ? id : throw new InvalidOperationException("No caseId in the card.");
    }

    /// <summary>The texts of the card's TextBlocks, in document order.</summary>
    public static IEnumerable<string> TextBlocks(JsonObject card) =>
        Elements(card["body"]).Where(e => Type(e) == "TextBlock").Select(e => Text(e, "text")).OfType<string>();

    /// <summary>The facts of the card's FactSets, in document order.</summary>
    public static IEnumerable<(string Title, string Value)> Facts(JsonObject card) =>
        Elements(card["body"]).Where(e => Type(e) == "FactSet")
            .SelectMany(set => Objects(set["facts"]))
            .Select(f => (Text(f, "title") ?? "", Text(f, "value") ?? ""));

    /// <summary>Every string value in the card (texts, titles, facts, labels), for "does it mention" checks.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue(out string? s) => [s!],
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };

    public static string? Id(JsonObject element) => element["id"]?.GetValue<string>();

    public static string? Type(JsonObject element) => element["type"]?.GetValue<string>();

    public static string? Text(JsonObject element, string property) => element[property]?.GetValue<string>();

    /// <summary>A short description for a failure message: the first text, the inputs, the verbs.</summary>
    public static string Describe(JsonObject card) =>
        $"\"{TextBlocks(card).FirstOrDefault()}\" inputs [{string.Join(",", Inputs(card).Select(Id))}] verbs [{string.Join(",", Verbs(card))}]";

    public static int Bytes(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString());

    /// <summary>An Action.Execute's data as the bot receives it.</summary>
    public static JsonElement Data(params (string Key, object Value)[] values)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in values)
            obj[key] = JsonSerializer.SerializeToNode(value);
        return JsonDocument.Parse(obj.ToJsonString()).RootElement;
    }

    /// <summary>The body's elements in render order, into containers, columns and table cells.</summary>
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
