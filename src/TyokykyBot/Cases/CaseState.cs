namespace TyokykyBot.Cases;

public enum CaseState
{
    AwaitingConsent,
    Scheduling,
    Scheduled,
    Held,
    FollowUp,
    Closed,
    Cancelled,
    Erased,
}
