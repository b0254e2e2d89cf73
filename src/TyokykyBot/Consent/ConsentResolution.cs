using TyokykyBot.Cases;

namespace TyokykyBot.Consent;

/// <summary>A draft for <see cref="Case.RecordConsent"/>, or the errors of looking up the shop steward.</summary>
public sealed record ConsentResolution(ConsentDraft? Draft, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Draft is not null;
}
