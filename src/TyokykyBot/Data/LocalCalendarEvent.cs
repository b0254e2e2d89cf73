namespace TyokykyBot.Data;

/// <summary>An event of the local calendar (the embedded default instead of Microsoft Graph).</summary>
public class LocalCalendarEvent
{
    public required string Id { get; set; }
    /// <summary>The organizer as a keyed pseudonym of the id the calendar was called with (the transactionId names the case).</summary>
    public required string Organizer { get; set; }
    /// <summary>Unique: a retried create returns the same event (as Graph's transactionId does).</summary>
    public required string TransactionId { get; set; }
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public required string JoinUrl { get; set; }
    public bool Cancelled { get; set; }
    /// <summary>Subject, body and attendees, encrypted like all personal data.</summary>
    public required string ProtectedData { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
