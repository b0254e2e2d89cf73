using System.Text.Json;
using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>The Teams part of an activity's <c>channelData</c>.</summary>
public sealed record TeamsChannelData
{
    public TeamsTenantInfo? Tenant { get; init; }
    public TeamsInfo? Team { get; init; }
    public TeamsChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
    public TeamsSettings? Settings { get; init; }

    // set, not init: the source generator binds init-only members through the constructor, which
    // extension data cannot use (InvalidOperationException on first use of BotJsonContext).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
