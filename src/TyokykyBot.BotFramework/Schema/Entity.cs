using System.Text.Json;
using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>An activity entity; a mention carries <see cref="Mentioned"/> and <see cref="Text"/>.</summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    public string? Text { get; init; }

    // set, not init: the source generator binds init-only members through the constructor, which
    // extension data cannot use (InvalidOperationException on first use of BotJsonContext).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
