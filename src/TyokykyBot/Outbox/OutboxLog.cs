using Microsoft.Extensions.Logging;
using TyokykyBot.BotFramework;

namespace TyokykyBot.Outbox;

/// <summary>
/// Every outbox log line: message id, kind, attempt, outcome and neutral codes only. Targets,
/// arguments and exception messages can carry names or case detail and are never logged.
/// </summary>
internal static partial class OutboxLog
{
    [LoggerMessage(1, LogLevel.Information, "Outbox {MessageId} ({Kind}) sent on attempt {Attempt}")]
    public static partial void Sent(ILogger logger, Guid messageId, string kind, int attempt);

    /// <summary>The reason can carry an error code from Teams' or Graph's answer.</summary>
    public static void Retrying(ILogger logger, Guid messageId, string kind, int attempt, string reason, TimeSpan delay) =>
        LogRetrying(logger, messageId, kind, attempt, LogSafe.Escape(reason), delay);

    public static void Failed(ILogger logger, Guid messageId, string kind, int attempt, string reason) =>
        LogFailed(logger, messageId, kind, attempt, LogSafe.Escape(reason));

    [LoggerMessage(4, LogLevel.Warning, "Outbox {MessageId} ({Kind}) attempt {Attempt}: handler threw {ExceptionType}")]
    public static partial void HandlerThrew(ILogger logger, Guid messageId, string kind, int attempt, string exceptionType);

    [LoggerMessage(5, LogLevel.Warning, "Outbox {MessageId} ({Kind}): lease lost to another instance; this run's result is dropped")]
    public static partial void LeaseLost(ILogger logger, Guid messageId, string kind);

    [LoggerMessage(7, LogLevel.Error, "Outbox {MessageId} ({Kind}) could not be run: {ExceptionType}; it is taken up again when its lease ends")]
    public static partial void RunFailed(ILogger logger, Guid messageId, string kind, string exceptionType);

    [LoggerMessage(8, LogLevel.Error, "Outbox pass failed: {ExceptionType}")]
    public static partial void PassFailed(ILogger logger, string exceptionType);

    [LoggerMessage(9, LogLevel.Information, "Outbox dispatcher is disabled (Outbox:Enabled=false); messages are only written")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(10, LogLevel.Information, "Outbox stopping: {Count} claimed messages that had not started were given back")]
    public static partial void Released(ILogger logger, int count);

    [LoggerMessage(11, LogLevel.Debug, "Outbox {MessageId} ({Kind}) was already done by a later run of its kind")]
    public static partial void AlreadyDone(ILogger logger, Guid messageId, string kind);

    [LoggerMessage(12, LogLevel.Debug, "Outbox {MessageId} ({Kind}) also did {Count} waiting messages of its kind and target")]
    public static partial void Superseded(ILogger logger, Guid messageId, string kind, int count);

    [LoggerMessage(13, LogLevel.Information, "Outbox cleanup deleted {Count} messages finished more than {Retain} ago")]
    public static partial void Cleaned(ILogger logger, int count, TimeSpan retain);

    [LoggerMessage(14, LogLevel.Warning, "Outbox cleanup failed: {ExceptionType}; it tries again in {Delay}")]
    public static partial void CleanupFailed(ILogger logger, string exceptionType, TimeSpan delay);

    [LoggerMessage(2, LogLevel.Warning, "Outbox {MessageId} ({Kind}) attempt {Attempt}: {Reason}; next try in {Delay}")]
    private static partial void LogRetrying(ILogger logger, Guid messageId, string kind, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(3, LogLevel.Error, "Outbox {MessageId} ({Kind}) failed on attempt {Attempt}: {Reason}")]
    private static partial void LogFailed(ILogger logger, Guid messageId, string kind, int attempt, string reason);
}
