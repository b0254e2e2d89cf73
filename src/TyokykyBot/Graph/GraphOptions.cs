namespace TyokykyBot.Graph;

public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    /// <summary>False (the default) keeps the local stand-ins; true calls Microsoft Graph.</summary>
    public bool Enabled { get; set; }

    /// <summary>Graph's root including the version; tests point it at a local fake.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Retries of a 429, 503 or 504 before the call reports Throttled.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Waits when Graph gives no Retry-After double from this (learn.microsoft.com/graph/throttling).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A longer Retry-After is not waited for here: the call reports Throttled and the outbox waits.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per attempt, on the injected clock; HttpClient.Timeout is off because it would count the waits too.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal static bool IsValid(GraphOptions options) =>
        Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && options.MaxRetries >= 0
        && options.BaseDelay >= TimeSpan.Zero
        && options.MaxRetryAfter >= TimeSpan.Zero
        && options.AttemptTimeout > TimeSpan.Zero;
}
