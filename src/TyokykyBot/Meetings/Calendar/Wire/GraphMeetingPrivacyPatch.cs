namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>
/// The body of <c>PATCH /users/{id}/onlineMeetings/{id}</c> (learn <c>onlinemeeting-update</c>): no
/// recording or transcript of a health conversation, only invited people past the lobby, only the
/// organizer presents.
/// </summary>
internal sealed record GraphMeetingPrivacyPatch(
    bool AllowRecording, bool AllowTranscription, bool RecordAutomatically, GraphLobbyBypassSettings LobbyBypassSettings, string AllowedPresenters)
{
    public static GraphMeetingPrivacyPatch Strict { get; } = new(false, false, false, new GraphLobbyBypassSettings("invited", false), "organizer");
}
