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
}
