namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Retry of transient Connector answers. Defaults follow the Teams rate-limit guidance:
/// exponential backoff with random jitter, Retry-After honoured when present (PROTOCOL-FACTS §5).
/// </summary>
public sealed class ConnectorRetryOptions
{
    public int MaxRetries { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Each backoff delay is moved by up to this share of itself, either way.</summary>
    public double JitterRatio { get; set; } = 0.2;

    /// <summary>A longer Retry-After is cut to this, so one call never stalls the outbox for long.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Per attempt; HttpClient.Timeout is off because it would also count the waits between attempts.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
