namespace TyokykyBot.People;

/// <summary>The Graph directory's log lines: the operation, HTTP status and Graph's request-id; never a name, address, id or search text.</summary>
internal static partial class DirectoryLog
{
    [LoggerMessage(1, LogLevel.Warning, "Directory {Operation}: Graph answered {HttpStatus} (request-id {RequestId})")]
    public static partial void Failed(ILogger logger, string operation, int httpStatus, string? requestId);

    [LoggerMessage(2, LogLevel.Warning, "Directory {Operation}: Graph answered 403 (request-id {RequestId}); check that the app has the application permission {Permission}")]
    public static partial void Forbidden(ILogger logger, string operation, string? requestId, string permission);

    [LoggerMessage(3, LogLevel.Warning, "Directory {Operation}: no answer from Graph ({ErrorType})")]
    public static partial void NoAnswer(ILogger logger, string operation, string errorType);

    [LoggerMessage(4, LogLevel.Information, "Directory {Operation}: stopped after {Pages} pages")]
    public static partial void Capped(ILogger logger, string operation, int pages);
}
