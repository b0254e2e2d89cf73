namespace TyokykyBot.Cases;

/// <summary>Where one version of a memo is: written, out for approval, approved by all, delivered, or replaced by a correction.</summary>
public enum MemoState
{
    Draft,
    Circulating,
    Approved,
    Delivered,
    Superseded,
    Withdrawn,
}
