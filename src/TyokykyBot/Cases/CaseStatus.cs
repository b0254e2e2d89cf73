namespace TyokykyBot.Cases;

/// <summary>
/// The status card for everyone but the employee: where the case stands and whether consent is
/// in, and nothing of what the consent says.
/// </summary>
public sealed record CaseStatus(Guid CaseId, string Code, CaseState State, ConsentStatus Consent);
