namespace TyokykyBot.Cases;

/// <summary>What the other participants may know of the consent: its state, never its content.</summary>
public enum ConsentStatus
{
    Pending,
    Given,
    Declined,
    Withdrawn,
}
