namespace TyokykyBot.Cases;

public enum MeetingOutcome
{
    Done,
    NotAllowed,
    InvalidState,
    Invalid,
}
