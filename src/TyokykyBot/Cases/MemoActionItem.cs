namespace TyokykyBot.Cases;

/// <summary>
/// An action as the secretary writes it on the memo: what, whose (a participant id), by when, and the
/// neutral title a tracking channel may show (read by the medical-word check like every summary).
/// </summary>
public sealed record MemoActionItem(Guid Id, string What, Guid OwnerId, DateOnly? DueOn, string NeutralTitle);
