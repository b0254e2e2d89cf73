using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.Bot;

/// <summary>Answers the Action.Execute verbs it owns. Every handler authorises the clicker itself.</summary>
public interface ICardActionHandler
{
    /// <summary>Static, so the router knows the owner of a verb without constructing every handler.</summary>
    static abstract IReadOnlyCollection<string> Verbs { get; }

    /// <summary>
    /// The verbs this handler carries out in a channel or group chat, itself answering neutrally
    /// there. Every other verb clicked there gets <see cref="SharedConversationGuard"/>'s neutral line.
    /// </summary>
    static virtual IReadOnlyCollection<string> SharedConversationVerbs => [];

    Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken);
}
