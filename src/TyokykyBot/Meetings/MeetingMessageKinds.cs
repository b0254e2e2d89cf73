namespace TyokykyBot.Meetings;

public static class MeetingMessageKinds
{
    /// <summary>Bring the calendar in line with the case (target: the case id).</summary>
    public const string Sync = "meeting.sync";

    /// <summary>Recording, transcription and lobby settings of the booked Teams meeting (target: the case id).</summary>
    public const string Privacy = "meeting.privacy";

    /// <summary>The pre-information card to one internal participant (target: their AAD id; arguments: the revision).</summary>
    public const string PreInformation = "preinfo.deliver";

    /// <summary>Every pre-information card of the case re-rendered in place (target: the case id).</summary>
    public const string UpdatePreInformation = "preinfo.update";

    /// <summary>A participant's pre-information card, remembered per meeting and kept true in place.</summary>
    public const string PreInformationPurpose = "PreInformation";
}
