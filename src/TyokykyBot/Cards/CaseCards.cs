using TyokykyBot.Conversations;
using TyokykyBot.Data;

namespace TyokykyBot.Cards;

/// <summary>Remembers where a case's cards were posted, so that they can be updated in place later.</summary>
public sealed class CaseCards(TyokykyDbContext db, TimeProvider time)
{
    public void Remember(Guid caseId, string purpose, string recipientAadObjectId, PrivateDelivery delivery)
    {
        if (delivery.ConversationId is not { } conversationId || delivery.ServiceUrl is not { } serviceUrl)
        {
            return;
        }

        var existing = db.CaseCards.Local.FirstOrDefault(c => c.CaseId == caseId && c.Purpose == purpose && c.RecipientAadObjectId == recipientAadObjectId)
            ?? db.CaseCards.FirstOrDefault(c => c.CaseId == caseId && c.Purpose == purpose && c.RecipientAadObjectId == recipientAadObjectId);
        if (existing is null)
        {
            db.CaseCards.Add(new CaseCard
            {
                Id = Guid.CreateVersion7(),
                CaseId = caseId,
                Purpose = purpose,
                RecipientAadObjectId = recipientAadObjectId,
                ConversationId = conversationId,
                ServiceUrl = serviceUrl,
                ActivityId = delivery.ActivityId,
                UpdatedAt = time.GetUtcNow(),
            });
            return;
        }

        (existing.ConversationId, existing.ServiceUrl, existing.ActivityId, existing.UpdatedAt) =
            (conversationId, serviceUrl, delivery.ActivityId, time.GetUtcNow());
    }
}
