namespace TyokykyBot.Cases;

/// <summary>
/// An error shown beside the card field named by <paramref name="Field"/> (see <see cref="CaseField"/>).
/// <paramref name="Detail"/> is language-neutral text the message shows as it is, such as the
/// directory's names for a person who was not found; a string, so errors still compare by value.
/// </summary>
public sealed record ValidationError(string Field, CaseErrorCode Code, string? Detail = null);
