namespace TyokykyBot.Meetings;

/// <summary>The organiser's controls and the pre-information card's Action.Execute verbs.</summary>
public static class MeetingVerbs
{
    public const string Reschedule = "meeting.reschedule";
    public const string Cancel = "meeting.cancel";
    public const string Roles = "meeting.roles";
    public const string Place = "meeting.place";
    public const string ConfirmRemote = "preinfo.confirmRemote";
}
