using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Bot;

/// <summary>Answers the Action.Execute verbs it owns. Every handler authorises the clicker itself.</summary>
public interface ICardActionHandler
{
    /// <summary>Static, so the router knows the owner of a verb without constructing every handler.</summary>
    static abstract IReadOnlyCollection<string> Verbs { get; }

    Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken);
}
