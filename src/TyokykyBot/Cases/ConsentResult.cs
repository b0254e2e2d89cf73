namespace TyokykyBot.Cases;

public sealed record ConsentResult(ConsentOutcome Outcome, ConsentVersion? Version, IReadOnlyList<ValidationError> Errors)
{
    public bool Succeeded => Outcome == ConsentOutcome.Recorded;

    internal static ConsentResult Recorded(ConsentVersion version) => new(ConsentOutcome.Recorded, version, []);

    internal static ConsentResult Invalid(IReadOnlyList<ValidationError> errors) => new(ConsentOutcome.Invalid, null, errors);

    internal static ConsentResult Unchanged(ConsentVersion version) => new(ConsentOutcome.Unchanged, version, []);

    internal static ConsentResult Refused(ConsentOutcome outcome) => new(outcome, null, []);
}
