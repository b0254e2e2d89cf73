using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

public sealed record Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonNode? Content { get; init; }
    public string? Name { get; init; }

    // set, not init: the source generator binds init-only members through the constructor, which
    // extension data cannot use (InvalidOperationException on first use of BotJsonContext).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    public static Attachment AdaptiveCard(JsonObject card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
