using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.Outbox;

/// <summary>
/// What an <see cref="IOutboxHandler"/> reports. <see cref="Reason"/> is a neutral code stored in
/// <c>LastError</c> and logged: never a name, a card's text or an argument.
/// </summary>
public sealed record OutboxHandlerResult
{
    private OutboxHandlerResult(OutboxHandlerStatus status, string? reason, TimeSpan? retryAfter)
    {
        Status = status;
        Reason = reason;
        RetryAfter = retryAfter;
    }

    public OutboxHandlerStatus Status { get; }

    public string? Reason { get; }

    /// <summary>When set on a retry, the next attempt waits this long instead of the backoff.</summary>
    public TimeSpan? RetryAfter { get; }

    public static OutboxHandlerResult Done { get; } = new(OutboxHandlerStatus.Done, null, null);

    public static OutboxHandlerResult Retry(string reason, TimeSpan? retryAfter = null) =>
        new(OutboxHandlerStatus.Retry, reason, retryAfter is { } delay && delay < TimeSpan.Zero ? TimeSpan.Zero : retryAfter);

    public static OutboxHandlerResult Fail(string reason) => new(OutboxHandlerStatus.Fail, reason, null);

    /// <summary>
    /// Ok is done; Throttled and Failed are worth another try (the connector already retried
    /// within the call), not before the Retry-After Teams (or the rate limiter) asked for;
    /// Blocked, NotFound and an untrusted service URL will not change by waiting.
    /// </summary>
    public static OutboxHandlerResult From(ConnectorResult result)
    {
        var reason = result.ErrorCode is { Length: > 0 } code ? $"{result.Status}:{code}" : result.Status.ToString();
        return result.Status switch
        {
            ConnectorStatus.Ok => Done,
            ConnectorStatus.Throttled or ConnectorStatus.Failed => Retry(reason, result.RetryAfter),
            _ => Fail(reason),
        };
    }
}
