namespace TyokykyBot.Data;

/// <summary>
/// A call to Teams or Graph that a state change needs, written in the same transaction as the
/// change and carried out by the dispatcher. It records intent, not content: the card is
/// rendered from the case's state when it is sent.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; }
    public required string Kind { get; set; }
    public Guid? CaseId { get; set; }
    /// <summary>
    /// Who or what it goes to, as lanes and "brings up to date" compare it: the case's id, or for
    /// a person the <see cref="Protection.PersonPseudonyms"/> pseudonym of their id.
    /// </summary>
    public required string Target { get; set; }
    /// <summary>The person's id, encrypted, when <see cref="Target"/> is their pseudonym; read it through <c>OutboxAddresses</c>.</summary>
    public string? ProtectedRecipient { get; set; }
    /// <summary>Small non-sensitive arguments as JSON.</summary>
    public string? Arguments { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    /// <summary>Set while one dispatcher instance holds the message.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    /// <summary>Sent, Failed (gave up) or null while pending.</summary>
    public string? Outcome { get; set; }
    /// <summary>A neutral reason code (e.g. Blocked, NotFound, Throttled).</summary>
    public string? LastError { get; set; }
}
