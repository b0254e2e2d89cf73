namespace TyokykyBot.Cards;

/// <summary>The verbs of the cards' Action.Execute buttons; each invoke names one of them.</summary>
public static class CardVerbs
{
    public const string ConveneSubmit = "convene.submit";
    public const string ConsentGive = "consent.give";
    public const string ConsentDecline = "consent.decline";
    public const string ConsentChange = "consent.change";
    public const string ConsentWithdraw = "consent.withdraw";
    public const string ConsentRefresh = "consent.refresh";
    public const string StatusRefresh = "status.refresh";
    public const string MeetingReschedule = "meeting.reschedule";
    public const string MeetingCancel = "meeting.cancel";
    public const string MeetingRoles = "meeting.roles";
    public const string MeetingPlace = "meeting.place";
    public const string PreInfoConfirmRemote = "preinfo.confirmRemote";

    /// <summary>The data key that names the case on every action that belongs to one.</summary>
    public const string CaseIdKey = "caseId";
}
