namespace TyokykyBot.BotFramework.Schema;

public static class ActivityReplyExtensions
{
    /// <summary>Addresses <paramref name="reply"/> as an answer to <paramref name="inbound"/>, as the SDK's CreateReply does.</summary>
    public static Activity AsReplyTo(this Activity reply, Activity inbound) => reply with
    {
        From = inbound.Recipient,
        Recipient = inbound.From,
        Conversation = inbound.Conversation,
        ReplyToId = inbound.Id,
        ChannelId = inbound.ChannelId,
        ServiceUrl = inbound.ServiceUrl,
        Locale = reply.Locale ?? inbound.Locale,
    };
}
