using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Localization;

namespace TyokykyBot.Commands;

public interface ICommandHandler
{
    /// <summary>Static, so the router and the help card know every command without constructing a handler.</summary>
    static abstract Command Command { get; }

    Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken);
}
