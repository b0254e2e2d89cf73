using System.Security.Claims;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Hosting;

/// <summary>One inbound activity, already authenticated.</summary>
public sealed record TurnContext(Activity Activity, ClaimsIdentity Identity)
{
    public bool IsPersonal => Activity.Conversation?.ConversationType is null or ConversationTypes.Personal
        && Activity.Conversation?.IsGroup != true;

    /// <summary>The message text with the bot's own @mention removed.</summary>
    public string Text => MentionText.RemoveRecipientMention(Activity);
}
