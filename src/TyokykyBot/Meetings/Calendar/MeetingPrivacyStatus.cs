namespace TyokykyBot.Meetings.Calendar;

public enum MeetingPrivacyStatus
{
    Applied,

    /// <summary>The embedded default has no Teams meeting: nothing was done.</summary>
    NotConfigured,

    /// <summary>
    /// 403: the tenant has not granted <see cref="MeetingPrivacyResult.RequiredPermission"/> with an
    /// application access policy for the organizer. Tell the convener once; the meeting keeps Teams' defaults.
    /// </summary>
    NotPermitted,

    /// <summary>No onlineMeeting has that join link in the organizer's meetings (or the organizer is unknown).</summary>
    MeetingNotFound,

    /// <summary>429/503/504 after the in-call retries; try again after <see cref="MeetingPrivacyResult.RetryAfter"/>.</summary>
    Throttled,

    Failed,
}
