using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.People;

namespace TyokykyBot.Bot;

/// <summary>Routes <c>adaptiveCard/action</c> invokes by verb; a verb nobody owns is a 400 error body.</summary>
public sealed class CardActionRouter(CardVerbKeys verbs, IServiceProvider services, TyokykyDbContext db)
{
    /// <summary>A click racing the dispatcher (or another click) on one case loses the concurrency check; it is run again on fresh state.</summary>
    private const int Attempts = 3;

    public Task<InvokeResponse> RouteAsync(TurnContext turn, UiLanguage language, CancellationToken cancellationToken)
    {
        var action = ReadAction(turn.Activity);
        if (action?.Verb is not { } verb || !verbs.Contains(verb))
        {
            return Task.FromResult(InvokeResponse.Error(400, "BadRequest", Texts.Get("Unknown.Command", language)));
        }

        var data = action.Data is { ValueKind: JsonValueKind.Object } d ? d : default;
        var click = new CardAction(turn, verb, data, language);
        if (!turn.IsPersonal && !verbs.CarriedOutInSharedConversations(verb))
        {
            return services.GetRequiredService<SharedConversationGuard>().RefuseAsync(click, cancellationToken);
        }

        var handler = (ICardActionHandler)services.GetRequiredKeyedService(typeof(ICardActionHandler), verb);
        return RunAsync(handler, click, cancellationToken);
    }

    private async Task<InvokeResponse> RunAsync(ICardActionHandler handler, CardAction action, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await handler.HandleAsync(action, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
            }
            catch (DirectoryUnavailableException)
            {
                // A neutral line rather than a failed invoke; a second click finds whatever the first one saved.
                return InvokeResponse.Card(ErrorCard.Create(Texts.Get("Directory.Unavailable", action.Language)));
            }
        }
    }

    private static AdaptiveCardInvokeAction? ReadAction(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value)
        {
            return null;
        }

        try
        {
            return value.Deserialize(BotJsonContext.Default.AdaptiveCardInvokeValue)?.Action;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
