using Microsoft.Extensions.Logging;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Every Connector log line. Only operation, host, status and correlation id: bodies and ids can
/// carry card contents or names, which must never reach the logs.
/// </summary>
internal static partial class ConnectorLog
{
    /// <summary>The host comes from an inbound activity's serviceUrl, before any check.</summary>
    public static void Untrusted(ILogger logger, string operation, string? host) => LogUntrusted(logger, operation, LogSafe.Escape(host));

    public static void Succeeded(ILogger logger, string operation, string host, int httpStatus, string? correlationId) =>
        LogSucceeded(logger, operation, host, httpStatus, LogSafe.Escape(correlationId));

    public static void NotOk(ILogger logger, string operation, string host, ConnectorStatus status, int httpStatus, string? errorCode, string? correlationId) =>
        LogNotOk(logger, operation, host, status, httpStatus, LogSafe.Escape(errorCode), LogSafe.Escape(correlationId));

    [LoggerMessage(4, LogLevel.Warning, "Connector {Operation} to {Host} failed without an answer")]
    public static partial void TransportFailed(ILogger logger, Exception exception, string operation, string host);

    [LoggerMessage(5, LogLevel.Error, "Connector {Operation}: no outbound token")]
    public static partial void TokenFailed(ILogger logger, Exception exception, string operation);

    [LoggerMessage(6, LogLevel.Information, "Connector {Method} to {Host} answered {HttpStatus}; retry {Attempt} in {Delay}")]
    public static partial void Retrying(ILogger logger, string method, string? host, int httpStatus, int attempt, TimeSpan delay);

    [LoggerMessage(7, LogLevel.Information, "Connector {Method} to {Host} got no answer; retry {Attempt} in {Delay}")]
    public static partial void RetryingTransport(ILogger logger, string method, string? host, int attempt, TimeSpan delay);

    [LoggerMessage(8, LogLevel.Debug, "Connector {Method} to {Host} held {Delay} for the Teams rate limits")]
    public static partial void RateLimitHeld(ILogger logger, string method, string? host, TimeSpan delay);

    [LoggerMessage(9, LogLevel.Warning, "Connector {Method} to {Host} not sent: the Teams rate limits need a wait of {Delay}; answered 429 without calling")]
    public static partial void RateLimitedLocally(ILogger logger, string method, string? host, TimeSpan delay);

    [LoggerMessage(10, LogLevel.Information, "Connector {Method} to {Host} answered 429; nothing more goes to that conversation (every conversation: {WholeBot}) for {Delay}")]
    public static partial void RateLimitBlocked(ILogger logger, string method, string? host, bool wholeBot, TimeSpan delay);

    [LoggerMessage(1, LogLevel.Warning, "Connector {Operation} refused: service URL host {Host} is not trusted; nothing was sent")]
    private static partial void LogUntrusted(ILogger logger, string operation, string? host);

    [LoggerMessage(2, LogLevel.Debug, "Connector {Operation} to {Host}: {HttpStatus}, correlation {CorrelationId}")]
    private static partial void LogSucceeded(ILogger logger, string operation, string host, int httpStatus, string? correlationId);

    // The error code is read from the answer's body.
    [LoggerMessage(3, LogLevel.Warning, "Connector {Operation} to {Host}: {Status} ({HttpStatus} {ErrorCode}), correlation {CorrelationId}")]
    private static partial void LogNotOk(ILogger logger, string operation, string host, ConnectorStatus status, int httpStatus, string? errorCode, string? correlationId);
}
