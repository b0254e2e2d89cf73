using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Conversations;

public static class ConversationKeys
{
    public static string? TenantOf(Activity activity) =>
        activity.Conversation?.TenantId is { Length: > 0 } tenant ? tenant : activity.ChannelData?.Tenant?.Id;

    /// <summary>A channel message's conversation id ends with ";messageid=…" (its thread); the channel is what comes before.</summary>
    public static string ChannelOf(string conversationId)
    {
        var index = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return index < 0 ? conversationId : conversationId[..index];
    }

    /// <summary>Who the user is for preferences: the AAD object id, or the channel id when a client sends none.</summary>
    public static string? UserKeyOf(Activity activity) =>
        activity.From?.AadObjectId is { Length: > 0 } aad ? aad : activity.From?.Id;
}
