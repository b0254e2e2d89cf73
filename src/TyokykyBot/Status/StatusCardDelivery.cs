using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Status;

/// <summary>
/// A status card to someone's private chat, once: for a participant the consent covers, or the
/// convener who convened from a channel. Someone the rule does not let see the status gets nothing,
/// and a card already posted is kept current by <see cref="StatusCardUpdates"/> instead.
/// </summary>
public sealed class StatusCardDelivery(
    TyokykyDbContext db, CaseRepository cases, PrivateChats privateChats, RecipientLanguage languages, CaseCards cards, OutboxAddresses addresses, People.CaseDisclosure disclosure) : IOutboxHandler
{
    public string Kind => CaseMessageKinds.DeliverStatusCard;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var recipient = addresses.RecipientOf(message);
        var keys = cards.KeysOf(recipient);
        var access = await disclosure.ForAsync(found, recipient, cancellationToken);
        var posted = await db.CaseCards.AnyAsync(c => c.CaseId == caseId && keys.Contains(c.RecipientKey)
            && (c.Purpose == CaseCardPurposes.Status || c.Purpose == CaseCardPurposes.Convene), cancellationToken);
        if (!access.SeesStatus || access.Standing == CaseStanding.Employee || posted)
        {
            return OutboxHandlerResult.Done;
        }

        var tenantId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.TenantId).SingleAsync(cancellationToken);
        var language = await languages.ForAsync(recipient, cancellationToken);
        var card = CaseStatusCard.Create(found, access, language);
        var serviceUrl = CaseMessageArguments.Read(message.Arguments, "serviceUrl") ?? "";
        var delivery = await privateChats.SendAsync(tenantId, recipient, serviceUrl, Activity.CardMessage(card), cancellationToken);
        if (delivery.Status == BotFramework.Connector.ConnectorStatus.Ok)
        {
            cards.Remember(found.Id, CaseCardPurposes.Status, recipient, delivery);
        }

        return OutboxHandlerResult.From(delivery.Result);
    }
}
