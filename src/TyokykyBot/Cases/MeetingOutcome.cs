namespace TyokykyBot.Cases;

public enum MeetingOutcome
{
    Done,
    NotAllowed,
    InvalidState,
    Invalid,

    /// <summary>Asked for what already holds (a double click): nothing changes, nothing is recorded.</summary>
    Unchanged,
}
