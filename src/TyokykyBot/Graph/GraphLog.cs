using TyokykyBot.BotFramework;

namespace TyokykyBot.Graph;

/// <summary>
/// Every Graph log line: operation, HTTP status and Graph's request-id only. User ids and names
/// never reach the logs; the request-id is what Microsoft support asks for.
/// </summary>
internal static partial class GraphLog
{
    /// <summary>Escaped here, where the header enters: the request-id exists to be logged.</summary>
    public static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("request-id", out var values) ? LogSafe.Escape(values.FirstOrDefault()) : null;

    [LoggerMessage(1, LogLevel.Information, "Graph {Method} answered {HttpStatus} (request-id {RequestId}); retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, int httpStatus, string? requestId, int attempt, TimeSpan delay);

    [LoggerMessage(2, LogLevel.Debug, "Graph {Operation}: {HttpStatus} (request-id {RequestId})")]
    public static partial void Answered(ILogger logger, string operation, int httpStatus, string? requestId);

    [LoggerMessage(3, LogLevel.Warning, "Graph {Operation}: {Status} after {HttpStatus} (request-id {RequestId})")]
    public static partial void NotInstalled(ILogger logger, string operation, AppInstallStatus status, int httpStatus, string? requestId);

    [LoggerMessage(4, LogLevel.Warning, "Graph {Operation}: 403 (request-id {RequestId}); check that the app has the application permission {Permission}")]
    public static partial void Forbidden(ILogger logger, string operation, string? requestId, string permission);

    [LoggerMessage(5, LogLevel.Warning, "Graph {Operation}: the answer had no usable id (request-id {RequestId})")]
    public static partial void Unusable(ILogger logger, string operation, string? requestId);

    /// <summary>Only the exception's type: its message may quote the URL.</summary>
    [LoggerMessage(6, LogLevel.Warning, "Graph {Operation} failed without an answer ({ExceptionType})")]
    public static partial void TransportFailed(ILogger logger, string operation, string exceptionType);

    [LoggerMessage(7, LogLevel.Error, "Graph {Operation}: no token for {Scope}")]
    public static partial void TokenFailed(ILogger logger, string operation, string scope);
}
