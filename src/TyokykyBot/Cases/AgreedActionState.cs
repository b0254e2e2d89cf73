namespace TyokykyBot.Cases;

/// <summary>A postponed action stays open with a later due date (and a note saying why).</summary>
public enum AgreedActionState
{
    Open,
    Done,
    Cancelled,
}
