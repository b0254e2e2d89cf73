namespace TyokykyBot.Data;

/// <summary>
/// What a memo or action row encrypts: its content with the row's id, so that content copied into
/// another row is refused on reading rather than shown as that row's.
/// </summary>
internal sealed record RowContent<T>(Guid RowId, T Content);
