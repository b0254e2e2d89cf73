using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Integration;

public sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body)
{
    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    /// <summary>The first Adaptive Card in the posted activity, if any.</summary>
    public JsonObject? Card => Json?["attachments"]?.AsArray()
        .FirstOrDefault(a => (string?)a?["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    public string? CardTitle => (string?)Card?["body"]?.AsArray().FirstOrDefault()?["text"];
}
