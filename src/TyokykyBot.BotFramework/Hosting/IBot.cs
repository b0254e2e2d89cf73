using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Hosting;

/// <summary>The application's side of a turn. Returns the invoke answer for invokes, otherwise null.</summary>
public interface IBot
{
    Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken);
}
