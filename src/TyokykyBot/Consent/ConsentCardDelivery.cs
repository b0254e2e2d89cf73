using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Consent;

/// <summary>
/// Carries the consent card to the employee's private chat. When Teams says the employee cannot be
/// reached, the convener is told plainly what to do; a temporary failure is retried.
/// </summary>
public sealed class ConsentCardDelivery(
    TyokykyDbContext db,
    CaseRepository cases,
    PrivateChats privateChats,
    ConsentViews views,
    RecipientLanguage languages,
    CaseCards cards,
    OutboxWriter outbox,
    OutboxAddresses addresses) : IOutboxHandler
{
    public string Kind => CaseMessageKinds.DeliverConsentCard;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        if (found.State != CaseState.AwaitingConsent)
        {
            return OutboxHandlerResult.Done;
        }

        var tenantId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.TenantId).SingleAsync(cancellationToken);
        var employee = addresses.RecipientOf(message);
        var language = await languages.ForAsync(employee, cancellationToken);
        var card = await views.FormAsync(found, tenantId, values: null, errors: [], language, cancellationToken);
        var serviceUrl = CaseMessageArguments.Read(message.Arguments, "serviceUrl") ?? "";
        var delivery = await privateChats.SendAsync(
            tenantId, employee, serviceUrl, Activity.CardMessage(card, string.Format(language.Culture, Texts.Get("Consent.Card.Title", language), found.Code)), cancellationToken);
        switch (delivery.Status)
        {
            case ConnectorStatus.Ok:
                cards.Remember(found.Id, CaseCardPurposes.Consent, CardSubject.Case, employee, delivery);
                return OutboxHandlerResult.Done;
            case ConnectorStatus.Throttled or ConnectorStatus.Failed:
                return OutboxHandlerResult.Retry(delivery.Status.ToString());
            default:
                var notice = delivery.Status == ConnectorStatus.Blocked ? "Convene.DeliveryBlocked" : "Convene.DeliveryNotFound";
                if (Disclosure.NoticeRecipient(found)?.AadObjectId is { } recipient)
                    outbox.Enqueue(CaseMessageKinds.NotifyConvener, recipient, found.Id, CaseMessageArguments.ForNotice(notice));
                return OutboxHandlerResult.Fail(delivery.Status.ToString());
        }
    }
}
