using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Cards;

/// <summary>A core-group member's status card: the case code, a neutral state and the consent status, nothing more.</summary>
public sealed class StatusCardDelivery(
    TyokykyDbContext db, CaseRepository cases, PrivateChats privateChats, RecipientLanguage languages, CaseCards cards) : IOutboxHandler
{
    public string Kind => CaseMessageKinds.DeliverStatusCard;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var tenantId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.TenantId).SingleAsync(cancellationToken);
        var language = await languages.ForAsync(message.Target, cancellationToken);
        var card = CaseStatusCard.Create(found, language, forConvener: false);
        var serviceUrl = CaseMessageArguments.Read(message.Arguments, "serviceUrl") ?? "";
        var delivery = await privateChats.SendAsync(tenantId, message.Target, serviceUrl, Activity.CardMessage(card), cancellationToken);
        if (delivery.Status == BotFramework.Connector.ConnectorStatus.Ok)
        {
            cards.Remember(found.Id, CaseCardPurposes.Status, message.Target, delivery);
        }

        return OutboxHandlerResult.From(delivery.Result);
    }
}
