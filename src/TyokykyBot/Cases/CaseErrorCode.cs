namespace TyokykyBot.Cases;

/// <summary>Stable codes the cards localise; the domain holds no user-facing text.</summary>
public enum CaseErrorCode
{
    Required,
    InvalidPerson,
    /// <summary>A typed name or address nobody in the directory has; the detail holds close matches, if any.</summary>
    NotFound,
    /// <summary>A typed name several people share; the detail lists them.</summary>
    Ambiguous,
    InvalidEmail,
    MustBeInTenant,
    MustBeConvener,
    RoleNotAllowed,
    NotEmployeesSupervisor,
    ShopStewardByEmployeeOnly,
    DuplicatePerson,
    EmployeeAlsoOtherParticipant,
    InvalidValue,
    InPast,
    BeforeStart,
    TooLong,
    /// <summary>The window has no working day with room for the meeting.</summary>
    NoWorkingTime,
    /// <summary>A submitted value past its input's length limit; it is neither looked up nor kept.</summary>
    InputTooLong,
    LengthNotAllowed,
    NoTopics,
    NotProposed,
    NotCovered,
    /// <summary>More participants than <see cref="ConveneRules.MaxParticipants"/>.</summary>
    TooMany,
}
