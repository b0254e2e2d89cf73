using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Convening;

/// <summary>
/// `/neuvottelu`. The convene flow arrives with the consent work; until then the command says
/// plainly that it is not available rather than pretending.
/// </summary>
public sealed class ConveneCommandHandler(TurnReplies replies) : ICommandHandler
{
    public CommandId Command => CommandId.Convene;

    public Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken) =>
        replies.ReplyAsync(turn, Activity.TextMessage(Texts.Get("Convene.NotAvailable", language)), cancellationToken);
}
