using Microsoft.EntityFrameworkCore;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Delivery;

/// <summary>
/// Remembers where a case's cards were posted, so that they can be updated in place later: one card
/// per case, purpose, subject (<see cref="CaseCardSubjects"/>) and recipient. The recipient is stored as a pseudonym to find the card by and encrypted to render it for them; the
/// chat is encrypted too, as a personal chat's id names its person.
/// </summary>
public sealed class CaseCards(TyokykyDbContext db, PersonPseudonyms pseudonyms, IFieldProtector protector, TimeProvider time)
{
    /// <summary>
    /// The connector endpoint of the case's tenant, as its cards were posted through: the fallback for
    /// reaching someone who has no private chat with the bot yet. Empty when no card was posted.
    /// </summary>
    public async Task<string> ServiceUrlAsync(Guid caseId, CancellationToken cancellationToken) =>
        await db.CaseCards.Where(c => c.CaseId == caseId).Select(c => c.ServiceUrl).FirstOrDefaultAsync(cancellationToken) ?? "";

    /// <summary>The person's remembered card of this purpose and subject, if any.</summary>
    public async Task<CaseCard?> FindAsync(Guid caseId, string purpose, string subject, string recipientAadObjectId, CancellationToken cancellationToken)
    {
        var keys = KeysOf(recipientAadObjectId);
        return await db.CaseCards.FirstOrDefaultAsync(
            c => c.CaseId == caseId && c.Purpose == purpose && c.Subject == subject && keys.Contains(c.RecipientKey) && c.ActivityId != null, cancellationToken);
    }

    /// <summary>Whether the person has a card of the case with any of these purposes, whatever it shows.</summary>
    public async Task<bool> HoldsAnyAsync(Guid caseId, IReadOnlyCollection<string> purposes, string recipientAadObjectId, CancellationToken cancellationToken)
    {
        var keys = KeysOf(recipientAadObjectId);
        return await db.CaseCards.AnyAsync(c => c.CaseId == caseId && purposes.Contains(c.Purpose) && keys.Contains(c.RecipientKey), cancellationToken);
    }

    /// <summary>Every card of the case with one of these purposes that can be updated in place, whatever it shows.</summary>
    public async Task<IReadOnlyList<CaseCard>> OfCaseAsync(Guid caseId, IReadOnlyCollection<string> purposes, CancellationToken cancellationToken) =>
        await db.CaseCards.Where(c => c.CaseId == caseId && purposes.Contains(c.Purpose) && c.ActivityId != null)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>The case's cards of these purposes that show <paramref name="subject"/> and can be updated in place.</summary>
    public async Task<IReadOnlyList<CaseCard>> OfCaseAsync(Guid caseId, IReadOnlyCollection<string> purposes, string subject, CancellationToken cancellationToken) =>
        await db.CaseCards.Where(c => c.CaseId == caseId && purposes.Contains(c.Purpose) && c.Subject == subject && c.ActivityId != null)
            .OrderBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>The card is gone from Teams: nothing is left to keep current.</summary>
    public void Forget(CaseCard card) => db.CaseCards.Remove(card);

    /// <summary>Remembers a posted card, or moves the one remembered for the same purpose, subject and recipient to it.</summary>
    public void Remember(Guid caseId, string purpose, string subject, string recipientAadObjectId, PrivateDelivery delivery)
    {
        if (delivery.ConversationId is not { } conversationId || delivery.ServiceUrl is not { } serviceUrl)
        {
            return;
        }

        var keys = KeysOf(recipientAadObjectId);
        var existing = db.CaseCards.Local.FirstOrDefault(c => c.CaseId == caseId && c.Purpose == purpose && c.Subject == subject && keys.Contains(c.RecipientKey))
            ?? db.CaseCards.FirstOrDefault(c => c.CaseId == caseId && c.Purpose == purpose && c.Subject == subject && keys.Contains(c.RecipientKey));
        if (existing is null)
        {
            db.CaseCards.Add(new CaseCard
            {
                Id = Guid.CreateVersion7(),
                CaseId = caseId,
                Purpose = purpose,
                Subject = subject,
                RecipientKey = pseudonyms.Of(recipientAadObjectId),
                ProtectedRecipient = protector.Protect(recipientAadObjectId),
                ProtectedConversationId = protector.Protect(conversationId),
                ServiceUrl = serviceUrl,
                ActivityId = delivery.ActivityId,
                UpdatedAt = time.GetUtcNow(),
            });
            return;
        }

        // A card found under a previous key's pseudonym moves to the current one.
        (existing.RecipientKey, existing.ProtectedConversationId, existing.ServiceUrl, existing.ActivityId, existing.UpdatedAt) =
            (pseudonyms.Of(recipientAadObjectId), protector.Protect(conversationId), serviceUrl, delivery.ActivityId, time.GetUtcNow());
    }

    /// <summary>What <see cref="CaseCard.RecipientKey"/> may hold for this person: the pseudonym under each configured key.</summary>
    public IReadOnlyList<string> KeysOf(string recipientAadObjectId) => pseudonyms.AllOf(recipientAadObjectId);

    /// <summary>The card's recipient, in the clear.</summary>
    public string RecipientOf(CaseCard card) => protector.Unprotect(card.ProtectedRecipient);

    /// <summary>The chat the card is in, in the clear.</summary>
    public string ConversationOf(CaseCard card) => protector.Unprotect(card.ProtectedConversationId);
}
