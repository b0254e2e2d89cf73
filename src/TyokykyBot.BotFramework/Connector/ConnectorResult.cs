namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// The outcome of a Connector call. <see cref="CorrelationId"/> is the
/// <c>X-Correlating-OperationId</c> (or <c>MS-CV</c>) header that Microsoft support asks for;
/// <see cref="ErrorCode"/> is <c>error.code</c> from an error body, e.g. "ConversationBlockedByUser".
/// </summary>
public record ConnectorResult(ConnectorStatus Status, int? HttpStatus, string? CorrelationId, string? ErrorCode)
{
    public bool IsOk => Status == ConnectorStatus.Ok;
}
