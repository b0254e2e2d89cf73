using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Convening;

/// <summary>
/// A plain notice (the employee could not be reached, no slot, a calendar refusal) to the person who
/// can act on it, always in their private chat, never where the case was convened from. It is sent
/// only while the disclosure rule still lets that person see the case's status.
/// </summary>
public sealed class ConvenerNotice(
    TyokykyDbContext db, CaseRepository cases, PrivateChats privateChats, RecipientLanguage languages, CaseCards cards, OutboxAddresses addresses, People.CaseDisclosure disclosure)
    : IOutboxHandler
{
    public string Kind => CaseMessageKinds.NotifyConvener;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var key = CaseMessageArguments.Read(message.Arguments, "text");
        if (key is null || message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("NoNotice");
        }

        var recipient = addresses.RecipientOf(message);
        if (!(await disclosure.ForAsync(found, recipient, cancellationToken)).SeesStatus)
        {
            return OutboxHandlerResult.Done;
        }

        var tenantId = await db.Cases.Where(c => c.Id == caseId).Select(c => c.TenantId).SingleAsync(cancellationToken);
        var serviceUrl = await cards.ServiceUrlAsync(caseId, cancellationToken);
        var language = await languages.ForAsync(recipient, cancellationToken);
        string[] args = key == "Meeting.OutsidersNeedTopics"
            ? [string.Join(", ", found.Attendees().Where(p => !p.Person.IsInsider).Select(p => p.Person.DisplayName))]
            : CaseMessageArguments.ReadArgs(message.Arguments);
        var text = $"{found.Code}: {string.Format(language.Culture, Texts.Get(key, language), args)}";
        var delivery = await privateChats.SendAsync(tenantId, recipient, serviceUrl, Activity.TextMessage(text), cancellationToken);
        return OutboxHandlerResult.From(delivery.Result);
    }
}
