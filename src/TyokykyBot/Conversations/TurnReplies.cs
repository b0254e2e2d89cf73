using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Conversations;

/// <summary>Answers in the conversation a turn came from; in a channel, in the same thread.</summary>
public sealed class TurnReplies(ConnectorClient connector)
{
    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(TurnContext turn, Activity reply, CancellationToken cancellationToken)
    {
        var inbound = turn.Activity;
        var addressed = reply.AsReplyTo(inbound);
        var serviceUrl = inbound.ServiceUrl ?? "";
        var conversationId = inbound.Conversation?.Id ?? "";
        return inbound.Id is { Length: > 0 } activityId
            ? connector.ReplyToActivityAsync(serviceUrl, conversationId, activityId, addressed, cancellationToken)
            : connector.SendToConversationAsync(serviceUrl, conversationId, addressed, cancellationToken);
    }
}
