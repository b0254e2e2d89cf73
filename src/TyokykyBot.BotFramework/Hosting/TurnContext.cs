using System.Security.Claims;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Hosting;

/// <summary>One inbound activity, already authenticated.</summary>
public sealed record TurnContext(Activity Activity, ClaimsIdentity Identity)
{
    /// <summary>
    /// A 1:1 chat with the bot. Teams names channel and group chat conversations "19:…" whatever
    /// the other fields say, so such an id is never taken for a personal chat.
    /// </summary>
    public bool IsPersonal => Activity.Conversation?.ConversationType is null or ConversationTypes.Personal
        && Activity.Conversation?.IsGroup != true
        && Activity.Conversation?.Id?.StartsWith("19:", StringComparison.Ordinal) != true;

    /// <summary>The message text with the bot's own @mention removed.</summary>
    public string Text => MentionText.RemoveRecipientMention(Activity);
}
