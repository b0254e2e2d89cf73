namespace TyokykyBot.BotFramework.Connector;

/// <summary>A <see cref="ConnectorResult"/> carrying the response body when the call succeeded.</summary>
public sealed record ConnectorResult<T>(
    ConnectorStatus Status, T? Value, int? HttpStatus, string? CorrelationId, string? ErrorCode, TimeSpan? RetryAfter = null)
    : ConnectorResult(Status, HttpStatus, CorrelationId, ErrorCode, RetryAfter);
