using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Cards;

/// <summary>Finds things in card JSON the way a renderer would: by id, in body order.</summary>
internal static class CardJson
{
    /// <summary>The Teams channel post limit; cards stay well below it.</summary>
    public const int MaxBytes = 28 * 1024;

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

    public static JsonObject ById(JsonObject card, string id) =>
        All(card).Single(o => (string?)o["id"] == id);

    public static bool Has(JsonObject card, string id) => All(card).Any(o => (string?)o["id"] == id);

    public static List<JsonObject> Body(JsonObject card) => [.. card["body"]!.AsArray().Select(n => n!.AsObject())];

    public static int IndexInBody(JsonObject card, string id) => Body(card).FindIndex(o => (string?)o["id"] == id);

    /// <summary>The element right after <paramref name="id"/> in the card's body.</summary>
    public static JsonObject After(JsonObject card, string id) => Body(card)[IndexInBody(card, id) + 1];

    public static IEnumerable<JsonObject> Actions(JsonObject card) => card["actions"]!.AsArray().Select(a => a!.AsObject());

    public static int Bytes(JsonObject card) => Encoding.UTF8.GetByteCount(card.ToJsonString());

    /// <summary>An Action.Execute's data as the bot receives it.</summary>
    public static JsonElement Data(params (string Key, object Value)[] values)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in values)
            obj[key] = JsonSerializer.SerializeToNode(value);
        return JsonDocument.Parse(obj.ToJsonString()).RootElement;
    }
}
