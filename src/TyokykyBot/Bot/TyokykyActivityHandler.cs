using TyokykyBot.BotFramework;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.People;
using TyokykyBot.Preferences;
using TyokykyBot.Welcome;

namespace TyokykyBot.Bot;

/// <summary>The app's entry for every authenticated activity: remember where it came from, then route by type.</summary>
public sealed partial class TyokykyActivityHandler(
    ConversationReferenceStore conversations,
    UserLanguageStore languages,
    CommandRouter commands,
    WelcomeHandler welcome,
    CardActionRouter cardActions,
    PeopleSearch peopleSearch,
    ILogger<TyokykyActivityHandler> logger) : IBot
{
    public async Task<InvokeResponse?> OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        await conversations.RememberAsync(activity, cancellationToken);
        switch (activity.Type)
        {
            case ActivityTypes.Message when !string.IsNullOrWhiteSpace(turn.Text):
                await commands.RouteAsync(turn, await languages.ResolveAsync(activity, cancellationToken), cancellationToken);
                return null;
            case ActivityTypes.InstallationUpdate or ActivityTypes.ConversationUpdate:
                await welcome.HandleAsync(turn, await languages.ResolveAsync(activity, cancellationToken), cancellationToken);
                return null;
            case ActivityTypes.Invoke:
                return await OnInvokeAsync(turn, cancellationToken);
            default:
                // Teams adds event types over time; anything else is acknowledged and ignored.
                LogIgnored(logger, LogSafe.Escape(activity.Type));
                return null;
        }
    }

    private async Task<InvokeResponse?> OnInvokeAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        switch (turn.Activity.Name)
        {
            case "adaptiveCard/action":
                return await cardActions.RouteAsync(turn, await languages.ResolveAsync(turn.Activity, cancellationToken), cancellationToken);
            case SearchResponse.InvokeName:
                return await peopleSearch.AnswerAsync(turn, await languages.ResolveAsync(turn.Activity, cancellationToken), cancellationToken);
            default:
                return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ignored an activity of type {ActivityType}")]
    private static partial void LogIgnored(ILogger logger, string? activityType);
}
