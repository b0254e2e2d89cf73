using Microsoft.Extensions.Logging;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Every Connector log line. Only operation, host, status and correlation id: bodies and ids can
/// carry card contents or names, which must never reach the logs.
/// </summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(1, LogLevel.Warning, "Connector {Operation} refused: service URL host {Host} is not trusted; nothing was sent")]
    public static partial void Untrusted(ILogger logger, string operation, string? host);

    [LoggerMessage(2, LogLevel.Debug, "Connector {Operation} to {Host}: {HttpStatus}, correlation {CorrelationId}")]
    public static partial void Succeeded(ILogger logger, string operation, string host, int httpStatus, string? correlationId);

    [LoggerMessage(3, LogLevel.Warning, "Connector {Operation} to {Host}: {Status} ({HttpStatus} {ErrorCode}), correlation {CorrelationId}")]
    public static partial void NotOk(ILogger logger, string operation, string host, ConnectorStatus status, int httpStatus, string? errorCode, string? correlationId);

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
}
