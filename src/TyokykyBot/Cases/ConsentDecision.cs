namespace TyokykyBot.Cases;

public enum ConsentDecision
{
    Given,
    Declined,
    Withdrawn,
}
