using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Outbox;

namespace TyokykyBot.Status;

/// <summary>
/// A status card to someone's private chat, once: for a participant the consent covers, or the
/// convener who convened from a channel. Someone the rule does not let see the status gets nothing,
/// and a card already posted is kept current by <see cref="StatusCardUpdates"/> instead.
/// </summary>
public sealed class StatusCardDelivery(CaseCardSender sender, CaseCards cards) : IOutboxHandler
{
    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken) =>
        (await sender.SendAsync(message, RenderAsync, cancellationToken)).Result;

    private async ValueTask<CaseMessage?> RenderAsync(CaseReader reader, CancellationToken cancellationToken)
    {
        if (!reader.Access.SeesStatus || reader.Access.Standing == CaseStanding.Employee
            || await cards.HoldsAnyAsync(reader.Case.Id, StatusCardUpdates.StatusPurposes, reader.AadObjectId, cancellationToken))
        {
            return null;
        }

        return new CaseMessage(Activity.CardMessage(CaseStatusCard.Create(reader.Case, reader.Access, reader.Language)), StatusMessageKinds.CardPurpose);
    }
}
