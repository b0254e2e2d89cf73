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
using TyokykyBot.Seeds;

namespace TyokykyBot.Meetings;

/// <summary>
/// Sends the pre-information card when it falls due, to a participant the latest consent still
/// covers, for the booking it was planned for. Someone who already has one (the meeting moved, or
/// was re-created) has it updated in place rather than getting a second; it is remembered so that
/// every later change keeps it true.
/// </summary>
public sealed class PreInformationDelivery(
    TyokykyDbContext db, CaseRepository cases, PrivateChats privateChats, ConnectorClient connector,
    RecipientLanguage languages, SeedCatalog seeds, CaseCards cards, OutboxAddresses addresses, People.CaseDisclosure disclosure) : IOutboxHandler
{
    public string Kind => MeetingMessageKinds.PreInformation;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var recipient = addresses.RecipientOf(message);
        var access = await disclosure.ForAsync(found, recipient, cancellationToken);
        var planned = CaseMessageArguments.Read(message.Arguments, "revision");
        if (!access.ReceivesPreInformation || !access.SeesMeeting
            || planned != found.ScheduleRevision.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            // Cancelled, moved, or the person is no longer covered by the consent: nothing to send.
            return OutboxHandlerResult.Done;
        }

        var language = await languages.ForAsync(recipient, cancellationToken);
        var card = PreInformationCard.Create(found, access, seeds, language);
        var title = string.Format(language.Culture, Texts.Get("PreInfo.Title", language), found.Code);
        var keys = cards.KeysOf(recipient);
        var delivered = await db.CaseCards.FirstOrDefaultAsync(c => c.CaseId == caseId && c.Purpose == CaseCardPurposes.PreInformation
            && keys.Contains(c.RecipientKey) && c.ActivityId != null, cancellationToken);
        if (delivered is not null)
        {
            var update = Activity.CardMessage(card, title) with { Id = delivered.ActivityId };
            var updated = await connector.UpdateActivityAsync(delivered.ServiceUrl, cards.ConversationOf(delivered), delivered.ActivityId!, update, cancellationToken);
            if (updated.Status != ConnectorStatus.NotFound)
            {
                return OutboxHandlerResult.From(updated);
            }

            // The card was deleted: a new one is sent and remembered in its place.
        }

        var tenantId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.TenantId).SingleAsync(cancellationToken);
        var serviceUrl = await cards.ServiceUrlAsync(caseId, cancellationToken);
        var delivery = await privateChats.SendAsync(tenantId, recipient, serviceUrl, Activity.CardMessage(card, title), cancellationToken);
        if (delivery.Status == ConnectorStatus.Ok)
        {
            cards.Remember(found.Id, CaseCardPurposes.PreInformation, recipient, delivery);
        }

        return OutboxHandlerResult.From(delivery.Result);
    }
}
