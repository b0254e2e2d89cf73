using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Graph;

namespace TyokykyBot.Conversations;

/// <summary>
/// Reaches a person in their 1:1 chat with the bot, proactively: the stored conversation first;
/// else installs the app for them through Graph, which yields the chat; else asks the connector
/// to create the conversation (Teams makes it idempotent per user).
/// </summary>
public sealed class PrivateChats(ConversationReferenceStore conversations, ConnectorClient connector, IAppInstaller installer)
{
    public async Task<PrivateDelivery> SendAsync(
        string tenantId, string aadObjectId, string fallbackServiceUrl, Activity activity, CancellationToken cancellationToken)
    {
        if (await conversations.FindPersonalAsync(tenantId, aadObjectId, cancellationToken) is { } stored)
        {
            var result = await connector.SendToConversationAsync(stored.ServiceUrl, stored.ConversationId, activity, cancellationToken);
            if (result.Status != ConnectorStatus.NotFound)
            {
                return new PrivateDelivery(result.Status, stored.ConversationId, stored.ServiceUrl, result.Value?.Id);
            }
        }

        var install = await installer.EnsureInstalledForUserAsync(tenantId, aadObjectId, cancellationToken);
        if (install.Status == AppInstallStatus.Throttled)
        {
            return new PrivateDelivery(ConnectorStatus.Throttled, null, null, null);
        }

        if (install is { Status: AppInstallStatus.Installed, ChatId: { Length: > 0 } chatId })
        {
            var result = await connector.SendToConversationAsync(fallbackServiceUrl, chatId, activity, cancellationToken);
            return new PrivateDelivery(result.Status, chatId, fallbackServiceUrl, result.Value?.Id);
        }

        return await CreateAndSendAsync(tenantId, aadObjectId, fallbackServiceUrl, activity, cancellationToken);
    }

    private async Task<PrivateDelivery> CreateAndSendAsync(
        string tenantId, string aadObjectId, string serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        var created = await connector.CreateConversationAsync(serviceUrl, new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount { Id = aadObjectId, AadObjectId = aadObjectId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TeamsTenantInfo(tenantId) },
        }, cancellationToken);
        if (created.Status != ConnectorStatus.Ok || created.Value?.Id is not { Length: > 0 } conversationId)
        {
            return new PrivateDelivery(created.Status, null, null, null);
        }

        var target = created.Value.ServiceUrl is { Length: > 0 } url ? url : serviceUrl;
        var sent = await connector.SendToConversationAsync(target, conversationId, activity, cancellationToken);
        return new PrivateDelivery(sent.Status, conversationId, target, sent.Value?.Id);
    }
}
