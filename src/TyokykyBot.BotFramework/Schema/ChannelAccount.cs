using System.Text.Json;
using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>A user or bot. Ids are opaque strings: Teams uses "29:…" MRIs, the Playground plain words.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    // set, not init: the source generator binds init-only members through the constructor, which
    // extension data cannot use (InvalidOperationException on first use of BotJsonContext).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
