using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Conversations;
using TyokykyBot.Localization;

namespace TyokykyBot.Commands;

/// <summary>Maps a message's text (mention removed) to its command handler.</summary>
public sealed class CommandRouter(IEnumerable<ICommandHandler> handlers, TurnReplies replies)
{
    private readonly Dictionary<CommandId, ICommandHandler> byId = handlers.ToDictionary(h => h.Command);

    public Task RouteAsync(TurnContext turn, UiLanguage language, CancellationToken cancellationToken)
    {
        if (CommandCatalog.Parse(turn.Text) is { } parsed && byId.TryGetValue(parsed.Command.Id, out var handler))
        {
            return handler.HandleAsync(turn, parsed.Argument, language, cancellationToken);
        }

        return replies.ReplyAsync(turn, Activity.TextMessage(Texts.Get("Unknown.Command", language)), cancellationToken);
    }
}
