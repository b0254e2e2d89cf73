using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Outbox;
using TyokykyBot.Seeds;

namespace TyokykyBot.Meetings;

/// <summary>
/// Keeps every delivered pre-information card of a case true in place: after a move, a change of
/// roles or consent, a cancellation or a withdrawal each reader's card shows what the disclosure rule
/// lets them see now (a card that no longer applies says so, with no link).
/// </summary>
public sealed class PreInformationUpdates(CaseRepository cases, CaseCardSender sender, SeedCatalog seeds) : IOutboxHandler
{
    private static readonly string[] Purposes = [MeetingMessageKinds.PreInformationPurpose];

    /// <summary>Renders from the case as it is now, so one run covers every change before it.</summary>
    public bool BringsUpToDate => true;

    public async Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (message.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return OutboxHandlerResult.Fail("CaseNotFound");
        }

        var (result, _) = await sender.UpdateAllAsync(found, Purposes, CaseCardSubjects.Meeting(found.MeetingNumber), (reader, _) =>
            Activity.CardMessage(PreInformationCard.Create(reader.Case, reader.Access, seeds, reader.Language)), cancellationToken);
        return result;
    }
}
