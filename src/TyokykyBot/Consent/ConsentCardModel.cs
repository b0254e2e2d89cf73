using TyokykyBot.Cases;
using TyokykyBot.Seeds;

namespace TyokykyBot.Consent;

/// <summary>What the employee's consent card shows and what it comes back prefilled with.</summary>
public sealed record ConsentCardModel
{
    public required Case Case { get; init; }

    public required SeedCatalog Seeds { get; init; }

    /// <summary>Directory people with the role shop-steward, offered for the employee to invite.</summary>
    public IReadOnlyList<DirectoryPerson> ShopStewards { get; init; } = [];

    /// <summary>The employee's Teams id ("29:…"); when given, only their client refreshes the card.</summary>
    public string? EmployeeMri { get; init; }

    /// <summary>The answers to show; null means those of the latest given version, or none at all.</summary>
    public ConsentFormValues? Values { get; init; }

    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>Codes of the employee's other open cases: the employee decides whether a second one is wanted.</summary>
    public IReadOnlyList<string> OtherOpenCases { get; init; } = [];
}
