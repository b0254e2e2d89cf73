namespace TyokykyBot.Data;

/// <summary>
/// An agreed action as stored. The reminders' query reads state, due date and owner in the clear
/// (the owner as a pseudonym); what the action says and who the owner is are encrypted.
/// </summary>
public class ActionRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public int MeetingNumber { get; set; }
    /// <summary>The owner's <see cref="Protection.PersonPseudonyms"/> pseudonym, to find their actions by.</summary>
    public required string OwnerKey { get; set; }
    /// <summary>The owner's AAD id or e-mail address, encrypted.</summary>
    public required string ProtectedOwner { get; set; }
    public DateOnly DueOn { get; set; }
    public required string State { get; set; }
    /// <summary>The encrypted <see cref="Cases.AgreedActionContent"/>.</summary>
    public required string ProtectedContent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int RowVersion { get; set; }
}
