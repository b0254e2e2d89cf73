using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Cards;

/// <summary>
/// Refreshes every status card of a case in place (the convener's and the core group's), each in
/// its reader's language. Updates are idempotent, so a retry simply repeats them all.
/// </summary>
public sealed class StatusCardUpdates(
    TyokykyDbContext db, CaseRepository cases, ConnectorClient connector, RecipientLanguage languages) : IOutboxHandler
{
    private static readonly string[] StatusPurposes = [CaseCardPurposes.Convene, CaseCardPurposes.Status];

    public string Kind => CaseMessageKinds.UpdateStatusCards;

    /// <summary>Renders from the case as it is now, so one run covers every change before it.</summary>
    public bool BringsUpToDate => true;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var posted = await db.CaseCards
            .Where(c => c.CaseId == caseId && StatusPurposes.Contains(c.Purpose) && c.ActivityId != null)
            .ToListAsync(cancellationToken);
        foreach (var card in posted)
        {
            var language = await languages.ForAsync(card.RecipientAadObjectId, cancellationToken);
            var forConvener = card.Purpose == CaseCardPurposes.Convene;
            var update = Activity.CardMessage(CaseStatusCard.Create(found, language, forConvener)) with
            {
                Id = card.ActivityId,
            };
            var result = await connector.UpdateActivityAsync(card.ServiceUrl, card.ConversationId, card.ActivityId!, update, cancellationToken);
            if (result.Status is ConnectorStatus.Throttled or ConnectorStatus.Failed)
            {
                return OutboxHandlerResult.Retry(result.Status.ToString());
            }

            if (result.Status is ConnectorStatus.NotFound)
            {
                // The card or the chat is gone; nothing left to keep current.
                db.CaseCards.Remove(card);
            }
        }

        return OutboxHandlerResult.Done;
    }
}
