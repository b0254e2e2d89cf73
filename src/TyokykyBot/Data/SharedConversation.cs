namespace TyokykyBot.Data;

/// <summary>A channel or group chat the bot is in. Only neutral content ever goes here.</summary>
public class SharedConversation
{
    public required string ConversationId { get; set; }
    public required string ConversationType { get; set; }
    public required string TenantId { get; set; }
    public string? TeamId { get; set; }
    public required string ServiceUrl { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
