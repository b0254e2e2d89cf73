using TyokykyBot.BotFramework;

namespace TyokykyBot.Meetings.Calendar;

/// <summary>
/// Calendar log lines: operation, HTTP status, Graph's error code and request-id. Never a mailbox, a
/// name, a subject, a body, a join link or Graph's message text: a case meeting is health data.
/// </summary>
internal static partial class CalendarLog
{
    /// <summary>The error code is read from Graph's answer.</summary>
    public static void Refused(ILogger logger, string operation, int httpStatus, string? errorCode, string? requestId) =>
        LogRefused(logger, operation, httpStatus, LogSafe.Escape(errorCode), requestId);

    [LoggerMessage(105, LogLevel.Warning, "Graph {Operation}: the answer was not usable (request-id {RequestId})")]
    public static partial void Unusable(ILogger logger, string operation, string? requestId);

    [LoggerMessage(106, LogLevel.Information, "Graph {Operation}: free/busy unavailable for {Count} of {Total} people; treated as free")]
    public static partial void ScheduleGaps(ILogger logger, string operation, int count, int total);

    [LoggerMessage(107, LogLevel.Warning, "Graph {Operation}: 403 (request-id {RequestId}); the app needs {Permission} and an application access policy for the organizer")]
    public static partial void MeetingPolicyMissing(ILogger logger, string operation, string? requestId, string permission);

    [LoggerMessage(102, LogLevel.Warning, "Graph {Operation}: {HttpStatus} {ErrorCode} (request-id {RequestId})")]
    private static partial void LogRefused(ILogger logger, string operation, int httpStatus, string? errorCode, string? requestId);
}
