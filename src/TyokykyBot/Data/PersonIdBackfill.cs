using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Data;

/// <summary>
/// The data half of the migration that took person ids out of plain columns: rows written before it
/// get the audit actor and the card's chat encrypted, and the card recipient and person-addressed
/// outbox target turned into a pseudonym with the id encrypted beside it. SQL alone cannot do it (it has no key), so it
/// runs once, right after that migration is applied; it only touches rows still in the old form,
/// so running it again changes nothing.
/// </summary>
internal sealed class PersonIdBackfill(TyokykyDbContext db, PersonPseudonyms pseudonyms, IFieldProtector protector)
{
    /// <summary>The migration whose schema this fills; its id ends with this name in both providers' sets.</summary>
    public const string MigrationName = "PseudonymisePersonIds";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var row in await db.AuditLog.Where(a => !a.Actor.StartsWith("v1.")).ToListAsync(cancellationToken))
            row.Actor = protector.Protect(row.Actor);

        foreach (var card in await db.CaseCards.Where(c => c.ProtectedRecipient == "").ToListAsync(cancellationToken))
        {
            (card.ProtectedRecipient, card.RecipientKey) = (protector.Protect(card.RecipientKey), pseudonyms.Of(card.RecipientKey));
            card.ProtectedConversationId = protector.Protect(card.ProtectedConversationId);
        }

        var unaddressed = await db.Outbox.Where(m => m.ProtectedRecipient == null && m.CaseId != null).ToListAsync(cancellationToken);
        // Those addressed to the case itself (its id as the target) name nobody and stay as they are.
        foreach (var message in unaddressed.Where(m => !string.Equals(m.Target, m.CaseId.ToString(), StringComparison.OrdinalIgnoreCase)))
            (message.ProtectedRecipient, message.Target) = (protector.Protect(message.Target), pseudonyms.Of(message.Target));

        await db.SaveChangesAsync(cancellationToken);
    }
}
