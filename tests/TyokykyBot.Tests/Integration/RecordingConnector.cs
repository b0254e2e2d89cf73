using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TyokykyBot.Tests.Integration;

/// <summary>A fake Bot Connector: records every request the bot sends and answers as the service does.</summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private readonly List<ConnectorFailure> targeted = [];
    private int nextId = 1000;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Status codes to answer with before succeeding, in order (e.g. 503, 429).</summary>
    public ConcurrentQueue<HttpStatusCode> Failures { get; } = new();

    /// <summary>How long every answer takes, as a slow or overloaded service would.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>What was sent into one conversation (any thread of it).</summary>
    public IReadOnlyList<RecordedRequest> To(string conversationId)
    {
        var escaped = "/v3/conversations/" + Uri.EscapeDataString(conversationId);
        return [.. Requests.Where(r => r.Uri.AbsolutePath.StartsWith(escaped, StringComparison.Ordinal)
            || Uri.UnescapeDataString(r.Uri.AbsolutePath).Contains("/v3/conversations/" + conversationId + "/", StringComparison.Ordinal))];
    }

    /// <summary>
    /// Answers the next request that matches <paramref name="when"/> with <paramref name="status"/>
    /// (once); queued failures for the same requests are used in the order they were added.
    /// </summary>
    public void FailNext(Func<RecordedRequest, bool> when, HttpStatusCode status, TimeSpan? retryAfter = null, string body = "{}")
    {
        lock (targeted)
        {
            targeted.Add(new ConnectorFailure(when, status, retryAfter, body));
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        var response = Answer(recorded);
        Requests.Enqueue(recorded with { Status = response.StatusCode, AnsweredAt = DateTimeOffset.UtcNow });
        return response;
    }

    private HttpResponseMessage Answer(RecordedRequest request)
    {
        if (TakeTargeted(request) is { } failure)
        {
            var response = Json(failure.Status, failure.Body);
            if (failure.RetryAfter is { } wait)
            {
                response.Headers.RetryAfter = new RetryConditionHeaderValue(wait);
            }

            return response;
        }

        if (Failures.TryDequeue(out var status))
        {
            return Json(status, "{}");
        }

        var id = Interlocked.Increment(ref nextId);
        var json = request.Uri.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $$"""{"id":"a:created-{{id}}"}"""
            : $$"""{"id":"{{id}}"}""";
        return Json(request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK, json);
    }

    private ConnectorFailure? TakeTargeted(RecordedRequest request)
    {
        lock (targeted)
        {
            var index = targeted.FindIndex(f => f.When(request));
            if (index < 0)
            {
                return null;
            }

            var failure = targeted[index];
            targeted.RemoveAt(index);
            return failure;
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private sealed record ConnectorFailure(Func<RecordedRequest, bool> When, HttpStatusCode Status, TimeSpan? RetryAfter, string Body);
}
