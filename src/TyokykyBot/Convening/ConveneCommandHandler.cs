using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;

namespace TyokykyBot.Convening;

/// <summary>
/// `/neuvottelu`. In a personal chat the convene card comes back at once. In a channel or group
/// chat only a neutral line is posted there, and the outbox takes the card to the convener's private chat:
/// nothing about a case is ever shown where others can read it.
/// </summary>
public sealed class ConveneCommandHandler(
    TurnReplies replies, TyokykyDbContext db, OutboxWriter outbox, ConveneCardModelBuilder cards) : ICommandHandler
{
    public static Command Command { get; } = new("neuvottelu", ["samtal", "meeting"], "Help.Convene",
        new Dictionary<string, string> { ["fi"] = "/neuvottelu", ["sv"] = "/neuvottelu", ["en"] = "/neuvottelu" });

    public async Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken)
    {
        var convener = turn.Activity.From?.AadObjectId;
        if (turn.IsPersonal)
        {
            var model = await cards.BuildAsync(convener, values: null, errors: null, cancellationToken);
            await replies.ReplyAsync(turn, Activity.CardMessage(ConveneCard.Create(model, language), Texts.Get("Convene.Card.Title", language)), cancellationToken);
            return;
        }

        await replies.ReplyAsync(turn, Activity.TextMessage(Texts.Get("Convene.ChannelNeutral", language)), cancellationToken);
        if (convener is not null && ConversationKeys.TenantOf(turn.Activity) is { } tenantId)
        {
            // Proactive sends happen after the turn: the outbox carries the card to the private chat.
            outbox.Enqueue(ConveneMessageKinds.DeliverCard, convener, arguments: ConveneCardDelivery.Arguments(tenantId, turn.Activity.ServiceUrl ?? "", language));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
