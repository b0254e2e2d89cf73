using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Convening;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Outbox;

namespace TyokykyBot.Status;

/// <summary>
/// Keeps every delivered status card of a case true: each is re-rendered in place for its reader, in their language, from what the disclosure rule lets them see now (a
/// person the consent stopped covering is left a neutral line, with no time or link). Whoever the
/// consent now covers and has no status card yet gets one privately. Updates are idempotent, so a
/// retry simply repeats them all.
/// </summary>
public sealed class StatusCardUpdates(
    TyokykyDbContext db, CaseRepository cases, CaseCardSender sender, OutboxWriter outbox, CaseCards cards, OutboxAddresses addresses)
    : IOutboxHandler
{
    /// <summary>The cards that show a case's status: the convener's card, which became one, and everyone else's.</summary>
    public static readonly string[] StatusPurposes = [ConveneMessageKinds.CardPurpose, StatusMessageKinds.CardPurpose];

    /// <summary>Renders from the case as it is now, so one run covers every change before it.</summary>
    public bool BringsUpToDate => true;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var (result, posted) = await sender.UpdateAllAsync(found, StatusPurposes, subject: null, Render, cancellationToken);
        if (result.Status == OutboxHandlerStatus.Done)
        {
            await DeliverToNewlyCoveredAsync(found, posted, cancellationToken);
        }

        return result;
    }

    private static Activity Render(CaseReader reader, CaseCard card) =>
        Activity.CardMessage(CaseStatusCard.Create(reader.Case, reader.Access, reader.Language));

    private async Task DeliverToNewlyCoveredAsync(Case found, IReadOnlyList<CaseCard> posted, CancellationToken cancellationToken)
    {
        var holders = posted.Where(c => StatusPurposes.Contains(c.Purpose)).Select(cards.RecipientOf).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var waiting = await db.Outbox.AsNoTracking()
            .Where(m => m.CaseId == found.Id && m.Kind == StatusMessageKinds.Deliver && m.Outcome == null)
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
            outbox.Enqueue(StatusMessageKinds.Deliver, newcomer.Person.AadObjectId!, found.Id, CaseMessageArguments.ForServiceUrl(serviceUrl));
        }
    }
}
