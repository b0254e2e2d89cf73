using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Graph;

/// <summary>One request as <see cref="FakeGraph"/> received it, on the test clock.</summary>
public sealed record GraphRequest(
    GraphRoute Route, HttpMethod Method, Uri Uri, string? Body, string? ContentType, string? Authorization, DateTimeOffset At,
    string? Operation, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The body without the SDK's <c>@odata.type</c> annotations (see <see cref="TypeAnnotations"/>): the fields the bot chose.</summary>
    public JsonNode Json => WithoutTypeAnnotations(JsonNode.Parse(Body ?? throw new InvalidOperationException("no body"))!);

    /// <summary>Every <c>@odata.type</c> the SDK wrote, anywhere in the body.</summary>
    public IReadOnlyList<string> TypeAnnotations => [.. Annotations(JsonNode.Parse(Body ?? "null"))];

    private static JsonNode WithoutTypeAnnotations(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            obj.Remove("@odata.type");
            foreach (var (_, value) in obj)
            {
                if (value is not null)
                {
                    WithoutTypeAnnotations(value);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var item in array.OfType<JsonNode>())
            {
                WithoutTypeAnnotations(item);
            }
        }

        return node;
    }

    private static IEnumerable<string> Annotations(JsonNode? node) => node switch
    {
        JsonObject obj => (obj["@odata.type"] is JsonValue type ? [type.GetValue<string>()] : Array.Empty<string>())
            .Concat(obj.Where(p => p.Key != "@odata.type").SelectMany(p => Annotations(p.Value))),
        JsonArray array => array.SelectMany(Annotations),
        _ => [],
    };
}
