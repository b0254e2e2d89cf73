using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;

namespace TyokykyBot.Consent;

/// <summary>
/// Carries the consent card to the employee's private chat. When Teams says the employee cannot be
/// reached, whoever can act on it is told plainly what to do; a temporary failure is retried.
/// </summary>
public sealed class ConsentCardDelivery(CaseCardSender sender, CaseRepository cases, ConsentViews views) : IOutboxHandler
{
    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var sent = await sender.SendAsync(message, RenderAsync, cancellationToken);
        switch (sent.Status)
        {
            case null or ConnectorStatus.Ok or ConnectorStatus.Throttled or ConnectorStatus.Failed:
                // Throttling and failures are retried, honouring Retry-After.
                return sent.Result;
            default:
                sent.Case!.Notify(sent.Status == ConnectorStatus.Blocked ? "Convene.DeliveryBlocked" : "Convene.DeliveryNotFound");
                cases.Update(sent.Case);
                return OutboxHandlerResult.Fail(sent.Status.ToString()!);
        }
    }

    private async ValueTask<CaseMessage?> RenderAsync(CaseReader reader, CancellationToken cancellationToken)
    {
        var found = reader.Case;
        if (found.State != CaseState.AwaitingConsent || !reader.Access.DecidesConsent)
        {
            return null;
        }

        var card = await views.FormAsync(found, reader.TenantId, values: null, errors: [], reader.Language, cancellationToken);
        var title = string.Format(reader.Language.Culture, Texts.Get("Consent.Card.Title", reader.Language), found.Code);
        return new CaseMessage(Activity.CardMessage(card, title), ConsentMessageKinds.CardPurpose);
    }
}
