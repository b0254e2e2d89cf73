namespace TyokykyBot.Cases;

public enum ConsentOutcome
{
    Recorded,
    Invalid,
    NotAllowed,
    InvalidState,

    /// <summary>The same answer again (a double click, a replay): no new version, nothing recorded.</summary>
    Unchanged,
}
