namespace TyokykyBot.Meetings.Calendar;

public enum CalendarStatus
{
    Ok,
    /// <summary>403: the application permission or the mailbox access policy is missing.</summary>
    Forbidden,
    /// <summary>404: the mailbox (or the event) does not exist.</summary>
    NotFound,
    /// <summary>429/503/504 after the in-call retries; <see cref="CalendarResult{T}.RetryAfter"/> says when to try again.</summary>
    Throttled,
    Failed,
}
