namespace TyokykyBot.Data;

/// <summary>Append-only: who read or changed what, never the content itself.</summary>
public class AuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public Guid? CaseId { get; set; }
    /// <summary>An AAD object id, an e-mail address or "system", encrypted (it sits beside the case id); never a name.</summary>
    public required string Actor { get; set; }
    public required string Action { get; set; }
    /// <summary>Neutral detail such as a version number; never topics, notes or names.</summary>
    public required string Detail { get; set; }
}
