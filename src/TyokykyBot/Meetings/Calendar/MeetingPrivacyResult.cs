namespace TyokykyBot.Meetings.Calendar;

/// <summary>The outcome of <see cref="IOnlineMeetingPrivacy.ApplyAsync"/>; <see cref="ErrorCode"/> is Graph's code, never its message.</summary>
public sealed record MeetingPrivacyResult(MeetingPrivacyStatus Status, TimeSpan? RetryAfter = null, string? ErrorCode = null)
{
    /// <summary>What the tenant admin grants (plus <c>Grant-CsApplicationAccessPolicy</c> for the organizers).</summary>
    public const string RequiredPermission = "OnlineMeetings.ReadWrite.All";

    public bool IsApplied => Status == MeetingPrivacyStatus.Applied;

    public static MeetingPrivacyResult Applied { get; } = new(MeetingPrivacyStatus.Applied);

    public static MeetingPrivacyResult NotConfigured { get; } = new(MeetingPrivacyStatus.NotConfigured);

    public static MeetingPrivacyResult MeetingNotFound { get; } = new(MeetingPrivacyStatus.MeetingNotFound);

    public static MeetingPrivacyResult Failed { get; } = new(MeetingPrivacyStatus.Failed);
}
