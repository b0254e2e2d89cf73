using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Holds each HTTP attempt until <see cref="TeamsRateLimiter"/> has room for it, and blocks a
/// conversation for as long as a 429's Retry-After says. Sits inside <see cref="ConnectorRetryHandler"/>,
/// so every attempt, retries included, is counted right before it goes out, and again as of its
/// answer (Teams counts it on arrival, somewhere in between). A reserved attempt counts even if it
/// then fails: Teams may have seen it.
/// </summary>
public sealed class TeamsRateLimitHandler(
    TeamsRateLimiter limiter,
    TimeProvider timeProvider,
    IOptions<TeamsRateLimitOptions> options,
    ILogger<TeamsRateLimitHandler> logger) : DelegatingHandler
{
    /// <summary>A 429 without Retry-After blocks the conversation this long.</summary>
    internal static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var conversation = ConversationKey(request.RequestUri);
        var held = TimeSpan.Zero;
        RateReservation reservation;
        for (var wait = limiter.TryReserve(conversation, out reservation); wait > TimeSpan.Zero; wait = limiter.TryReserve(conversation, out reservation))
        {
            if (wait > settings.MaxInlineWait)
            {
                ConnectorLog.RateLimitedLocally(logger, request.Method.Method, request.RequestUri?.Host, wait);
                return new RateLimitedResponse(request, wait);
            }

            held += wait;
            await Task.Delay(wait, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (held > TimeSpan.Zero)
        {
            ConnectorLog.RateLimitHeld(logger, request.Method.Method, request.RequestUri?.Host, held);
        }

        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            limiter.Settle(reservation);
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var now = timeProvider.GetUtcNow();
            var header = response.Headers.RetryAfter;
            var until = header?.Delta is { } delta ? now + delta : header?.Date ?? now + DefaultRetryAfter;
            limiter.Block(conversation, until);
            ConnectorLog.RateLimitBlocked(logger, request.Method.Method, request.RequestUri?.Host, conversation is null, until - now);
        }

        return response;
    }

    /// <summary>
    /// The conversation id from <c>…/v3/conversations/{id}/…</c> (the service URL may have a path
    /// of its own), unescaped, without a <c>;messageid=</c> suffix: a channel's threads are counted
    /// as one conversation, which is stricter than Teams. Null for a path about no conversation.
    /// </summary>
    internal static string? ConversationKey(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/');
        for (var i = 0; i + 2 < segments.Length; i++)
        {
            if (segments[i] == "v3" && segments[i + 1] == "conversations" && segments[i + 2].Length > 0)
            {
                var id = Uri.UnescapeDataString(segments[i + 2]);
                var thread = id.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
                return thread >= 0 ? id[..thread] : id;
            }
        }

        return null;
    }
}
