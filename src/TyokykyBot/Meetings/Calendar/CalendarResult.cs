namespace TyokykyBot.Meetings.Calendar;

/// <summary>A calendar call's outcome. <see cref="ErrorCode"/> is the service's code (never its message text).</summary>
public sealed record CalendarResult<T>(CalendarStatus Status, T? Value, TimeSpan? RetryAfter = null, string? ErrorCode = null)
{
    public bool IsOk => Status == CalendarStatus.Ok;

    public static CalendarResult<T> Ok(T value) => new(CalendarStatus.Ok, value);

    public static CalendarResult<T> Failure(CalendarStatus status, TimeSpan? retryAfter = null, string? errorCode = null) =>
        new(status, default, retryAfter, errorCode);
}
