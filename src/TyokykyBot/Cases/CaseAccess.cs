namespace TyokykyBot.Cases;

/// <summary>
/// What one person may see and do on a case, as <see cref="Disclosure.For"/> decides it. Views read
/// these flags and nothing else; none of them decides disclosure on its own.
/// </summary>
public sealed record CaseAccess(
    CaseStanding Standing,
    Participant? As,
    bool SeesStatus,
    bool SeesMeeting,
    bool SeesJoinLink,
    bool SeesAttendees,
    bool SeesTopics,
    bool HoldsControls,
    bool DecidesConsent,
    bool ReceivesPreInformation)
{
    public static CaseAccess Nothing { get; } = new(CaseStanding.None, null, false, false, false, false, false, false, false, false);

    /// <summary>The employee's note to the participants: health detail, like the topics.</summary>
    public bool SeesNote { get; init; }

    /// <summary>Knows the case exists, so a card may name its code (a neutral line, or the status).</summary>
    public bool KnowsCase => Standing != CaseStanding.None;

    /// <summary>Told only that the employee has answered and that they are not taking part.</summary>
    public bool NeutralOnly => KnowsCase && !SeesStatus;
}
