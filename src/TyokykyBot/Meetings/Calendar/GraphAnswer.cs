namespace TyokykyBot.Meetings.Calendar;

/// <summary>What one Graph call answered: status, request-id, Retry-After, Graph's error code and, on success, the body.</summary>
internal sealed record GraphAnswer(int Status, string? RequestId, TimeSpan? RetryAfter, string? ErrorCode, string? Body)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>The failure as a calendar status: the retry handler has already waited for 429/503/504.</summary>
    public CalendarStatus FailureStatus => Status switch
    {
        403 => CalendarStatus.Forbidden,
        404 => CalendarStatus.NotFound,
        429 or 503 or 504 => CalendarStatus.Throttled,
        _ => CalendarStatus.Failed,
    };
}
