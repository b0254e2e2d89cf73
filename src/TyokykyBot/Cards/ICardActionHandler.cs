using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Cards;

/// <summary>Answers the Action.Execute verbs it owns. Every handler authorises the clicker itself.</summary>
public interface ICardActionHandler
{
    IReadOnlyCollection<string> Verbs { get; }

    Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken);
}
