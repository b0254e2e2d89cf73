namespace TyokykyBot.Data;

/// <summary>
/// Where a user's 1:1 chat with the bot lives, kept for proactive messages. Kept apart from
/// <see cref="SharedConversation"/> so that a private card can never be sent to a channel by mistake.
/// </summary>
public class PersonalConversation
{
    public required string TenantId { get; set; }
    public required string AadObjectId { get; set; }
    /// <summary>The channel-specific user id ("29:…" in Teams).</summary>
    public required string UserId { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
