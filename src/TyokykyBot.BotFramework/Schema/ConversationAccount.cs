using System.Text.Json;
using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

public sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public bool? IsGroup { get; init; }
    /// <summary><c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    // set, not init: the source generator binds init-only members through the constructor, which
    // extension data cannot use (InvalidOperationException on first use of BotJsonContext).
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
