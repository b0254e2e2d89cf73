using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Meetings;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;
using TyokykyBot.Seeds;

namespace TyokykyBot.Status;

/// <summary>
/// Keeps every delivered card of a case true: each status and pre-information card is re-rendered
/// in place for its reader, in their language, from what the disclosure rule lets them see now (a
/// person the consent stopped covering is left a neutral line, with no time or link). Whoever the
/// consent now covers and has no status card yet gets one privately. Updates are idempotent, so a
/// retry simply repeats them all.
/// </summary>
public sealed class StatusCardUpdates(
    TyokykyDbContext db, CaseRepository cases, ConnectorClient connector, RecipientLanguage languages, SeedCatalog seeds, OutboxWriter outbox,
    CaseCards cards, OutboxAddresses addresses, People.CaseDisclosure disclosure)
    : IOutboxHandler
{
    private static readonly string[] StatusPurposes = [CaseCardPurposes.Convene, CaseCardPurposes.Status];
    private static readonly string[] KeptTrue = [.. StatusPurposes, CaseCardPurposes.PreInformation];

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
            .Where(c => c.CaseId == caseId && KeptTrue.Contains(c.Purpose) && c.ActivityId != null)
            .ToListAsync(cancellationToken);
        foreach (var card in posted)
        {
            var recipient = cards.RecipientOf(card);
            var language = await languages.ForAsync(recipient, cancellationToken);
            var access = await disclosure.ForAsync(found, recipient, cancellationToken);
            var content = card.Purpose == CaseCardPurposes.PreInformation
                ? PreInformationCard.Create(found, access, seeds, language)
                : CaseStatusCard.Create(found, access, language);
            var update = Activity.CardMessage(content) with { Id = card.ActivityId };
            var result = await connector.UpdateActivityAsync(card.ServiceUrl, cards.ConversationOf(card), card.ActivityId!, update, cancellationToken);
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

        await DeliverToNewlyCoveredAsync(found, posted, cancellationToken);
        return OutboxHandlerResult.Done;
    }

    private async Task DeliverToNewlyCoveredAsync(Case found, List<CaseCard> posted, CancellationToken cancellationToken)
    {
        var holders = posted.Where(c => StatusPurposes.Contains(c.Purpose)).Select(cards.RecipientOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var waiting = await db.Outbox.AsNoTracking()
            .Where(m => m.CaseId == found.Id && m.Kind == CaseMessageKinds.DeliverStatusCard && m.Outcome == null)
            .ToListAsync(cancellationToken);
        holders.UnionWith(waiting.Select(addresses.RecipientOf));
        var newcomers = found.Attendees()
            .Where(p => p.Role != CaseRole.Employee && p.Person.AadObjectId is { } aad && !holders.Contains(aad))
            .ToList();
        if (newcomers.Count == 0)
        {
            return;
        }

        var serviceUrl = await cards.ServiceUrlAsync(found.Id, cancellationToken);
        foreach (var newcomer in newcomers)
        {
            outbox.Enqueue(CaseMessageKinds.DeliverStatusCard, newcomer.Person.AadObjectId!, found.Id, CaseMessageArguments.ForServiceUrl(serviceUrl));
        }
    }
}
