namespace TyokykyBot.Cases;

/// <summary>
/// The stated length limits of the memo's fields, enforced by the server on each save and stated on
/// the cards. With every field at its limit, 9 topics and <see cref="MaxActions"/> actions, the memo
/// card stays under Teams' 28 KB.
/// </summary>
public static class MemoLimits
{
    public const int MaxTopicSummary = 600;
    public const int MaxDecisions = 1500;
    public const int MaxChangedDuties = 500;
    public const int MaxTrialTasks = 300;
    public const int MaxTrialHours = 200;
    public const int MaxContactPerson = 100;
    public const int MaxWorkAids = 500;
    public const int MaxCommunityWhat = 300;
    public const int MaxCommunityByWhom = 100;
    public const int MaxActions = 20;
    public const int MaxActionWhat = 200;
    public const int MaxNeutralTitle = 60;
    public const int MaxCorrectionComment = 500;
    public const int MaxExternalApprovalNote = 200;

    /// <summary>Partial sickness allowance: 40–60 % of full working time, for at least 12 working days.</summary>
    public const int MinAllowanceShare = 40;
    public const int MaxAllowanceShare = 60;
    public const int MinAllowanceWorkingDays = 12;
}
