namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// The outcome of a Connector call. <see cref="CorrelationId"/> is the
/// <c>X-Correlating-OperationId</c> (or <c>MS-CV</c>) header that Microsoft support asks for;
/// <see cref="ErrorCode"/> is <c>error.code</c> from an error body, e.g. "ConversationBlockedByUser";
/// <see cref="RetryAfter"/> is the last answer's Retry-After when it was a 429 or 503 that had one.
/// </summary>
public record ConnectorResult(ConnectorStatus Status, int? HttpStatus, string? CorrelationId, string? ErrorCode, TimeSpan? RetryAfter = null)
{
    public bool IsOk => Status == ConnectorStatus.Ok;
}
