namespace TyokykyBot.Data;

/// <summary>A card the bot posted about a case, so that it can be updated when the case changes.</summary>
public class CaseCard
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    /// <summary>Convene, Consent or Status.</summary>
    public required string Purpose { get; set; }
    public required string RecipientAadObjectId { get; set; }
    public required string ConversationId { get; set; }
    public required string ServiceUrl { get; set; }
    public string? ActivityId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
