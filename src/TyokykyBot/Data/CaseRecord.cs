namespace TyokykyBot.Data;

/// <summary>
/// A case as stored: what lookups and the dispatcher need in the clear, everything about people,
/// topics and consent in <see cref="ProtectedData"/> (encrypted at rest).
/// </summary>
public class CaseRecord
{
    public Guid Id { get; set; }
    public required string Code { get; set; }
    public required string TenantId { get; set; }
    public required string State { get; set; }
    /// <summary>The encrypted snapshot of the aggregate.</summary>
    public required string ProtectedData { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency: two clicks on one card cannot both win.</summary>
    public int Version { get; set; }
    /// <summary>
    /// The employee as a keyed pseudonym (<see cref="Protection.PersonPseudonyms"/>), so that a second
    /// convening finds the open case without the database naming whose it is.
    /// </summary>
    public string? EmployeeKey { get; set; }
}
