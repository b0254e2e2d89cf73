namespace TyokykyBot.Cases;

/// <summary>
/// The names of the memo's typed fields, shared by the section cards' inputs, the server's field errors
/// and <see cref="MemoContent.ConfirmedWarnings"/>. Topic summaries and actions are numbered by position.
/// </summary>
public static class MemoFieldKeys
{
    public const string Decisions = "decisions";
    public const string ChangedDuties = "changedDuties";
    public const string TrialTasks = "trialTasks";
    public const string TrialHours = "trialHours";
    public const string WorkAids = "workAids";
    public const string CommunityWhat = "communityWhat";

    public static string TopicSummary(int index) => "topic" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ActionWhat(Guid actionId) => "actionWhat-" + actionId.ToString("N");

    public static string ActionTitle(Guid actionId) => "actionTitle-" + actionId.ToString("N");
}
