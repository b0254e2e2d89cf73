using System.Net;
using Microsoft.Extensions.Options;

namespace TyokykyBot.Graph;

/// <summary>
/// Retries 429, 503 and 504 as Graph asks: after Retry-After when given, else with exponential
/// backoff (learn.microsoft.com/graph/throttling). Waits run on the injected <see cref="TimeProvider"/>,
/// so tests drive the clock. When retries run out, or Graph asks for a longer wait than
/// <see cref="GraphOptions.MaxRetryAfter"/>, the last answer is handed back for the caller to report.
/// </summary>
public sealed class GraphRetryHandler(TimeProvider timeProvider, IOptions<GraphOptions> options, ILogger<GraphRetryHandler> logger)
    : DelegatingHandler
{
    internal static bool IsThrottled(HttpStatusCode status) => (int)status is 429 or 503 or 504;

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
            var response = await SendAttemptAsync(request, settings.AttemptTimeout, cancellationToken).ConfigureAwait(false);
            if (!IsThrottled(response.StatusCode) || attempt >= settings.MaxRetries)
            {
                return response;
            }

            var delay = RetryAfter(response, timeProvider) ?? Backoff(settings, attempt);
            if (delay > settings.MaxRetryAfter)
            {
                return response;
            }

            GraphLog.Retrying(logger, request.Method.Method, (int)response.StatusCode, GraphLog.RequestId(response), attempt + 1, delay);
            response.Dispose();
            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    internal static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider timeProvider)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta ?? (header?.Date is { } date ? date - timeProvider.GetUtcNow() : null);
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
    }

    private static TimeSpan Backoff(GraphOptions settings, int attempt) =>
        TimeSpan.FromTicks(settings.BaseDelay.Ticks * (1L << Math.Min(attempt, 16)));

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
            throw new TimeoutException($"Graph did not answer within {timeout}.", ex);
        }
    }
}
