using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Localization;

namespace TyokykyBot.Welcome;

/// <summary>
/// One welcome card per installation. Teams announces an installation twice (installationUpdate
/// and a conversationUpdate adding the bot), possibly at the same moment: the first to insert the
/// <see cref="Installation"/> row sends the card.
/// </summary>
public sealed class WelcomeHandler(TyokykyDbContext db, TurnReplies replies, TimeProvider time)
{
    public async Task HandleAsync(TurnContext turn, UiLanguage language, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Conversation?.Id is not { Length: > 0 } rawId)
        {
            return;
        }

        var conversationId = ConversationKeys.ChannelOf(rawId);
        if (IsRemoval(activity))
        {
            await db.Installations.Where(i => i.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        if (!IsBotAdded(activity) || !await ClaimAsync(conversationId, cancellationToken))
        {
            return;
        }

        var card = Activity.CardMessage(WelcomeCard.Create(language), Texts.Get("Welcome.Title", language));
        var sent = await replies.ReplyAsync(turn with { Activity = activity with { Id = null } }, card, cancellationToken);
        if (sent.Status != ConnectorStatus.Ok)
        {
            // Let the next installation event try again.
            await db.Installations.Where(i => i.ConversationId == conversationId).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private static bool IsRemoval(Activity activity) =>
        activity.Type == ActivityTypes.InstallationUpdate
        && activity.Action?.StartsWith("remove", StringComparison.OrdinalIgnoreCase) == true;

    private static bool IsBotAdded(Activity activity) => activity.Type switch
    {
        ActivityTypes.InstallationUpdate => string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase),
        ActivityTypes.ConversationUpdate => activity.MembersAdded?.Any(m => m.Id is not null && m.Id == activity.Recipient?.Id) == true,
        _ => false,
    };

    private async Task<bool> ClaimAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var serialised = await StripedLock.EnterAsync("welcome|" + conversationId, cancellationToken);
        if (await db.Installations.AnyAsync(i => i.ConversationId == conversationId, cancellationToken))
        {
            return false;
        }

        db.Installations.Add(new Installation { ConversationId = conversationId, WelcomedAt = time.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
