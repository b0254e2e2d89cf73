namespace TyokykyBot.Data;

/// <summary>
/// One memo version as stored, beside its case rather than inside it: editing or approving a memo
/// never decrypts and rewrites the case, nor other memos. What it says is in <see cref="ProtectedContent"/>.
/// </summary>
public class MemoRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public int MeetingNumber { get; set; }
    /// <summary>The memo's version within its meeting: 1, then one more per correction.</summary>
    public int Number { get; set; }
    /// <summary>A participant id of the case (meaningless outside its encrypted data).</summary>
    public Guid WrittenBy { get; set; }
    public required string State { get; set; }
    /// <summary>The encrypted <see cref="Cases.MemoContent"/>.</summary>
    public required string ProtectedContent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    /// <summary>Optimistic concurrency: two edits of one version cannot both win.</summary>
    public int RowVersion { get; set; }
}
