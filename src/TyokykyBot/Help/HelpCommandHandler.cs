using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Help;

public sealed class HelpCommandHandler(TurnReplies replies) : ICommandHandler
{
    public static CommandId Command => CommandId.Help;

    public Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken) =>
        replies.ReplyAsync(turn, Activity.CardMessage(HelpCard.Create(language), Texts.Get("Help.Title", language)), cancellationToken);
}
