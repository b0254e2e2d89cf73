using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Localization;

namespace TyokykyBot.Commands;

public interface ICommandHandler
{
    CommandId Command { get; }

    Task HandleAsync(TurnContext turn, string argument, UiLanguage language, CancellationToken cancellationToken);
}
