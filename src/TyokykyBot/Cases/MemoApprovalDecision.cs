namespace TyokykyBot.Cases;

public enum MemoApprovalDecision
{
    Approved,
    CorrectionRequested,
}
