namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// Locks down the Teams meeting behind a booked event: the event API cannot set lobby, recording or
/// presenters; they live on the onlineMeeting (MEETING-FACTS §3).
/// </summary>
public interface IOnlineMeetingPrivacy
{
    /// <summary>No recording or transcription, lobby for anyone not invited, only the organizer presents.</summary>
    Task<MeetingPrivacyResult> ApplyAsync(string organizer, string joinUrl, CancellationToken cancellationToken);
}
