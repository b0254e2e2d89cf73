using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.Conversations;

/// <summary>Where a private message went (so its card can be updated later) and how it went.</summary>
public sealed record PrivateDelivery(ConnectorStatus Status, string? ConversationId, string? ServiceUrl, string? ActivityId)
{
    /// <summary>The outcome alone, for whatever reads connector results (e.g. the outbox).</summary>
    public ConnectorResult Result => new(Status, null, null, null);
}
