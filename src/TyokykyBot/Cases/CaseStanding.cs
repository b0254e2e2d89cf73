namespace TyokykyBot.Cases;

/// <summary>Where one person stands on a case, as the disclosure rule sees it.</summary>
public enum CaseStanding
{
    /// <summary>Not on the case, or not yet told of it: they must not learn that it exists.</summary>
    None,

    /// <summary>
    /// Knows of the case (the convener, or someone an earlier consent covered) but the latest consent
    /// does not cover them: while a consent is given, a neutral line at most.
    /// </summary>
    Informed,

    /// <summary>Covered by the latest given consent: takes part in the meeting.</summary>
    Participant,

    /// <summary>The person whose work ability is discussed: decides on consent and sees their own case.</summary>
    Employee,
}
