namespace TyokykyBot.Cases;

public enum ConsentOutcome
{
    Recorded,
    Invalid,
    NotAllowed,
    InvalidState,
}
