using System.Text.Json.Serialization;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>Body of <c>POST v3/conversations</c>. Teams requires <see cref="TenantId"/>; only 1:1 is allowed.</summary>
public sealed record ConversationParameters
{
    public bool IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}
