namespace TyokykyBot.Cases;

/// <summary>An error shown beside the card field named by <paramref name="Field"/> (see <see cref="CaseField"/>).</summary>
public sealed record ValidationError(string Field, CaseErrorCode Code);
