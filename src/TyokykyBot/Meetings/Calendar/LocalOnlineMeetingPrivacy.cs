namespace TyokykyBot.Meetings.Calendar;

/// <summary>The embedded default: the local calendar's join links lead to no Teams meeting.</summary>
public sealed class LocalOnlineMeetingPrivacy : IOnlineMeetingPrivacy
{
    public Task<MeetingPrivacyResult> ApplyAsync(string organizer, string joinUrl, CancellationToken cancellationToken) =>
        Task.FromResult(MeetingPrivacyResult.NotConfigured);
}
