using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Convening;

/// <summary>
/// `/neuvottelu`. In a personal chat the convene card comes back at once. In a channel or group
/// chat only a neutral line is posted there, and the card goes to the convener's private chat:
/// nothing about a case is ever shown where others can read it.
/// </summary>
public sealed class ConveneCommandHandler(
    TurnReplies replies, PrivateChats privateChats, ConveneCardModelBuilder cards) : ICommandHandler
{
    public static CommandId Command => CommandId.Convene;

    public async Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken)
    {
        var convener = turn.Activity.From?.AadObjectId;
        var model = await cards.BuildAsync(convener, values: null, errors: null, cancellationToken);
        var card = Activity.CardMessage(ConveneCard.Create(model, language), Texts.Get("Convene.Card.Title", language));
        if (turn.IsPersonal)
        {
            await replies.ReplyAsync(turn, card, cancellationToken);
            return;
        }

        await replies.ReplyAsync(turn, Activity.TextMessage(Texts.Get("Convene.ChannelNeutral", language)), cancellationToken);
        if (convener is not null && ConversationKeys.TenantOf(turn.Activity) is { } tenantId)
        {
            await privateChats.SendAsync(tenantId, convener, turn.Activity.ServiceUrl ?? "", card, cancellationToken);
        }
    }
}
