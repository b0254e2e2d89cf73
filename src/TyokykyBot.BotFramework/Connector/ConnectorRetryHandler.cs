using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Retries 429, 412, 502, 503 and 504 with Retry-After or jittered exponential backoff, waiting on
/// the injected <see cref="TimeProvider"/> so tests drive the clock. Hands back the last response
/// when retries run out; the client turns it into <see cref="ConnectorStatus.Throttled"/>.
/// <see cref="TeamsRateLimitHandler"/> sits inside it, so each attempt waits for the rate limits.
/// </summary>
public sealed class ConnectorRetryHandler(
    TimeProvider timeProvider,
    IOptions<ConnectorRetryOptions> options,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    internal static bool IsTransient(HttpStatusCode status) => (int)status is 429 or 412 or 502 or 503 or 504;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (request.Content is not null)
        {
            // Every attempt sends the same bytes.
            await request.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            try
            {
                response = await SendAttemptAsync(request, settings.AttemptTimeout, cancellationToken).ConfigureAwait(false);
            }
            // A POST that timed out or lost its connection may already have been delivered, and a
            // duplicate message is worse than a late one here: only idempotent calls are retried
            // on transport failure; a failed send goes back to the outbox, which decides.
            catch (Exception ex) when (ex is HttpRequestException or TimeoutException
                                       && request.Method != HttpMethod.Post
                                       && attempt < settings.MaxRetries)
            {
                var wait = Backoff(settings, attempt);
                ConnectorLog.RetryingTransport(logger, request.Method.Method, request.RequestUri?.Host, attempt + 1, wait);
                await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
                continue;
            }

            // The rate limiter's own 429: the wait is longer than is worth holding a call for.
            if (!IsTransient(response.StatusCode) || attempt >= settings.MaxRetries || response is RateLimitedResponse)
            {
                return response;
            }

            var delay = RetryAfter(response, settings) ?? Backoff(settings, attempt);
            ConnectorLog.Retrying(logger, request.Method.Method, request.RequestUri?.Host, (int)response.StatusCode, attempt + 1, delay);
            response.Dispose();
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendAttemptAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutCts = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutCts.Token);
        try
        {
            return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested && timeoutCts.IsCancellationRequested)
        {
            throw new TimeoutException($"The Connector did not answer within {timeout}.", ex);
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response, ConnectorRetryOptions settings)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        if (wait is not { } value)
        {
            return null;
        }

        return value < TimeSpan.Zero ? TimeSpan.Zero : value > settings.MaxRetryAfter ? settings.MaxRetryAfter : value;
    }

    internal static TimeSpan Backoff(ConnectorRetryOptions settings, int attempt)
    {
        var max = settings.MaxDelay.TotalMilliseconds;
        var exponential = Math.Min(settings.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt), max);
        // Jitter after the cap, so callers that hit the cap together still spread out.
        var jitter = 1 + ((Random.Shared.NextDouble() * 2) - 1) * settings.JitterRatio;
        return TimeSpan.FromMilliseconds(Math.Clamp(exponential * jitter, 0, max));
    }
}
