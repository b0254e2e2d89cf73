using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;
using TyokykyBot.Seeds;

namespace TyokykyBot.Meetings;

/// <summary>
/// Sends the pre-information card when it falls due, to a participant the latest consent still
/// covers, for the booking it was planned for (a moved meeting plans its own).
/// </summary>
public sealed class PreInformationDelivery(
    TyokykyDbContext db, CaseRepository cases, PrivateChats privateChats, RecipientLanguage languages, SeedCatalog seeds) : IOutboxHandler
{
    public string Kind => MeetingMessageKinds.PreInformation;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var reader = found.Attendees().FirstOrDefault(p =>
            string.Equals(p.Person.AadObjectId, message.Target, StringComparison.OrdinalIgnoreCase));
        var planned = CaseMessageArguments.Read(message.Arguments, "revision");
        if (found.State != CaseState.Scheduled || found.Meeting is null || reader is null
            || planned != found.ScheduleRevision.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            // Cancelled, moved, or the person is no longer covered by the consent: nothing to send.
            return OutboxHandlerResult.Done;
        }

        var tenantId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.TenantId).SingleAsync(cancellationToken);
        var language = await languages.ForAsync(message.Target, cancellationToken);
        var card = PreInformationCard.Create(found, reader, seeds, language);
        var title = string.Format(language.Culture, Texts.Get("PreInfo.Title", language), found.Code);
        var serviceUrl = await db.CaseCards.Where(c => c.CaseId == caseId).Select(c => c.ServiceUrl).FirstOrDefaultAsync(cancellationToken) ?? "";
        var delivery = await privateChats.SendAsync(tenantId, message.Target, serviceUrl, Activity.CardMessage(card, title), cancellationToken);
        return OutboxHandlerResult.From(delivery.Result);
    }
}
