namespace TyokykyBot.Telemetry;

internal static partial class TelemetryLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not count pending outbox messages: {ErrorType}")]
    public static partial void DepthUnreadable(ILogger logger, string errorType);
}
