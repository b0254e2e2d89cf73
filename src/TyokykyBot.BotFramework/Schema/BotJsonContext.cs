using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>Source-generated JSON for every wire type: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(SearchInvokeValue))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(IReadOnlyList<ChannelAccount>))]
[JsonSerializable(typeof(JsonObject))]
public sealed partial class BotJsonContext : JsonSerializerContext;
