using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;

namespace TyokykyBot.Bot;

/// <summary>
/// A channel or group chat is never a case's place, whatever arrives from it: a click there on any
/// case card is answered there with one neutral line and changes nothing; the case's status card is
/// offered in the person's private chat instead (the disclosure rule decides whether they get one),
/// and the refusal is audited. Convening is the one action carried out, by its own handler, which
/// also answers neutrally there.
/// </summary>
public sealed class SharedConversationGuard(TyokykyDbContext db, CaseRepository cases)
{
    public async Task<InvokeResponse> RefuseAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.CaseId is { } caseId && action.ActorAadObjectId is { } actor && await cases.FindAsync(caseId, cancellationToken) is { } found)
        {
            await cases.RecordReadAsync(found.Id, actor, "action-refused-shared-chat", cancellationToken);
            found.Announce(new StatusCardRequested(actor, action.Turn.Activity.ServiceUrl ?? ""));
            cases.Update(found);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Neutral(action.Language);
    }

    public static InvokeResponse Neutral(UiLanguage language) =>
        InvokeResponse.Card(AdaptiveCard.Create(AdaptiveCard.Text(Texts.Get("Convene.ChannelNeutral", language))));
}
