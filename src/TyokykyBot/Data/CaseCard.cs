namespace TyokykyBot.Data;

/// <summary>A card the bot posted about a case, so that it can be updated when the case changes.</summary>
public class CaseCard
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    /// <summary>The feature's card purpose (e.g. <c>StatusMessageKinds.CardPurpose</c>).</summary>
    public required string Purpose { get; set; }
    /// <summary>What the card shows: one of <see cref="Delivery.CaseCardSubjects"/> ("case", "meeting/1", "memo/{id}", ...).</summary>
    public required string Subject { get; set; }
    /// <summary>The recipient's <see cref="Protection.PersonPseudonyms"/> pseudonym, to find their cards by.</summary>
    public required string RecipientKey { get; set; }
    /// <summary>The recipient's AAD object id, encrypted: the card is re-rendered for them.</summary>
    public required string ProtectedRecipient { get; set; }
    /// <summary>
    /// The chat the card is in, encrypted: a personal chat's id is the same in the chat references
    /// beside the person's AAD id, so in the clear it would name the recipient.
    /// </summary>
    public required string ProtectedConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? ActivityId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
