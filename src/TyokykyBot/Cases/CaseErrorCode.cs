namespace TyokykyBot.Cases;

/// <summary>Stable codes the cards localise; the domain holds no user-facing text.</summary>
public enum CaseErrorCode
{
    Required,
    InvalidPerson,
    MustBeInTenant,
    MustBeConvener,
    RoleNotAllowed,
    ShopStewardByEmployeeOnly,
    DuplicatePerson,
    EmployeeAlsoOtherParticipant,
    InvalidValue,
    InPast,
    BeforeStart,
    TooLong,
    LengthNotAllowed,
    NoTopics,
    NotProposed,
    NotCovered,
}
