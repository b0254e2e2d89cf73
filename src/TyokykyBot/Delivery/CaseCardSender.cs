using Microsoft.EntityFrameworkCore;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Outbox;
using TyokykyBot.Preferences;

namespace TyokykyBot.Delivery;

/// <summary>
/// The one way a case's card (or notice) reaches a person: loads the message's case and recipient,
/// asks the disclosure rule what they may see, lets the feature's renderer draw it in their language,
/// then updates their remembered card of that purpose and subject in place or sends it to their
/// private chat, remembers it, and maps the connector's answer to the outbox outcome. Every card of
/// one purpose can be brought up to date the same way (<see cref="UpdateAllAsync"/>).
/// </summary>
public sealed class CaseCardSender(
    TyokykyDbContext db, CaseRepository cases, PrivateChats privateChats, ConnectorClient connector, RecipientLanguage languages, CaseCards cards,
    OutboxAddresses addresses)
{
    /// <summary>Draws one reader's message; null when there is nothing for them (then the outbox message is simply done).</summary>
    public delegate ValueTask<CaseMessage?> Renderer(CaseReader reader, CancellationToken cancellationToken);

    public async Task<CaseSend> SendAsync(OutboxMessage message, Renderer render, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return new CaseSend(null, null, OutboxHandlerResult.Fail("CaseNotFound"));
        }

        var recipient = addresses.RecipientOf(message);
        var tenantId = await TenantOfAsync(caseId, cancellationToken);
        var reader = await ReaderAsync(found, tenantId, recipient, cancellationToken);
        if (await render(reader, cancellationToken) is not { } content)
        {
            return new CaseSend(found, null, OutboxHandlerResult.Done);
        }

        if (content.Purpose is { } purpose
            && await cards.FindAsync(found.Id, purpose, content.Subject, recipient, cancellationToken) is { ActivityId: { } activityId } posted)
        {
            var updated = await connector.UpdateActivityAsync(
                posted.ServiceUrl, cards.ConversationOf(posted), activityId, content.Activity with { Id = activityId }, cancellationToken);
            if (updated.Status != ConnectorStatus.NotFound)
            {
                return new CaseSend(found, updated.Status, OutboxHandlerResult.From(updated));
            }

            // The card was deleted: a new one is sent and remembered in its place.
        }

        var serviceUrl = CaseMessageArguments.Read(message.Arguments, "serviceUrl") is { Length: > 0 } given
            ? given
            : await cards.ServiceUrlAsync(caseId, cancellationToken);
        var delivery = await privateChats.SendAsync(tenantId, recipient, serviceUrl, content.Activity, cancellationToken);
        if (delivery.Status == ConnectorStatus.Ok && content.Purpose is { } remembered)
        {
            cards.Remember(found.Id, remembered, content.Subject, recipient, delivery);
        }

        return new CaseSend(found, delivery.Status, OutboxHandlerResult.From(delivery.Result));
    }

    /// <summary>
    /// Re-renders every remembered card of the case with one of <paramref name="purposes"/> for its
    /// reader, in place (<paramref name="subject"/> null: whatever they show). A card that is gone is forgotten; throttling or a failure stops the run for a
    /// retry (updates are idempotent, so the retry simply repeats them). With a <paramref name="subject"/>,
    /// only the cards that show it (one meeting's pre-information, not an earlier meeting's). Returns the cards it went through.
    /// </summary>
    public async Task<(OutboxHandlerResult Result, IReadOnlyList<CaseCard> Cards)> UpdateAllAsync(
        Case found, IReadOnlyCollection<string> purposes, string? subject, Func<CaseReader, CaseCard, Activity> render, CancellationToken cancellationToken)
    {
        var posted = subject is null
            ? await cards.OfCaseAsync(found.Id, purposes, cancellationToken)
            : await cards.OfCaseAsync(found.Id, purposes, subject, cancellationToken);
        var tenantId = posted.Count > 0 ? await TenantOfAsync(found.Id, cancellationToken) : "";
        foreach (var card in posted)
        {
            var reader = await ReaderAsync(found, tenantId, cards.RecipientOf(card), cancellationToken);
            var update = render(reader, card) with { Id = card.ActivityId };
            var result = await connector.UpdateActivityAsync(card.ServiceUrl, cards.ConversationOf(card), card.ActivityId!, update, cancellationToken);
            if (result.Status is ConnectorStatus.Throttled or ConnectorStatus.Failed)
            {
                return (OutboxHandlerResult.Retry(result.Status.ToString()), posted);
            }

            if (result.Status is ConnectorStatus.NotFound)
            {
                // The card or the chat is gone; nothing left to keep current.
                cards.Forget(card);
            }
        }

        return (OutboxHandlerResult.Done, posted);
    }

    private async Task<CaseReader> ReaderAsync(Case found, string tenantId, string recipient, CancellationToken cancellationToken) =>
        new(found, tenantId, recipient, Disclosure.For(found, recipient), await languages.ForAsync(recipient, cancellationToken));

    private Task<string> TenantOfAsync(Guid caseId, CancellationToken cancellationToken) =>
        db.Cases.Where(c => c.Id == caseId).Select(c => c.TenantId).SingleAsync(cancellationToken);
}
