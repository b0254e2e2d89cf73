using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Commands;

/// <summary>Maps a message's text (mention removed) to its command handler.</summary>
public sealed class CommandRouter(CommandCatalog catalog, IServiceProvider services, TurnReplies replies)
{
    public Task RouteAsync(TurnContext turn, UiLanguage language, CancellationToken cancellationToken)
    {
        if (catalog.Parse(turn.Text) is { } parsed)
        {
            var handler = (ICommandHandler)services.GetRequiredKeyedService(typeof(ICommandHandler), parsed.Command.Name);
            return handler.HandleAsync(turn, parsed.Argument, language, cancellationToken);
        }

        return replies.ReplyAsync(turn, Activity.TextMessage(Texts.Get("Unknown.Command", language)), cancellationToken);
    }
}
