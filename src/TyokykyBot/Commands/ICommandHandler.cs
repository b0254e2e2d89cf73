using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Localization;

namespace TyokykyBot.Commands;

public interface ICommandHandler
{
    /// <summary>Static, so the router knows the owner of a command without constructing every handler.</summary>
    static abstract CommandId Command { get; }

    Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken);
}
