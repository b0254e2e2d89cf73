using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace TyokykyBot.Tests.Integration;

/// <summary>A fake Bot Connector: records every request the bot sends and answers as the service does.</summary>
public sealed class RecordingConnector : HttpMessageHandler
{
    private int nextId = 1000;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Status codes to answer with before succeeding, in order (e.g. 503, 429).</summary>
    public ConcurrentQueue<HttpStatusCode> Failures { get; } = new();

    /// <summary>What was sent into one conversation (any thread of it).</summary>
    public IReadOnlyList<RecordedRequest> To(string conversationId)
    {
        var escaped = "/v3/conversations/" + Uri.EscapeDataString(conversationId);
        return [.. Requests.Where(r => r.Uri.AbsolutePath.StartsWith(escaped, StringComparison.Ordinal)
            || Uri.UnescapeDataString(r.Uri.AbsolutePath).Contains("/v3/conversations/" + conversationId + "/", StringComparison.Ordinal))];
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body));
        if (Failures.TryDequeue(out var failure))
        {
            return new HttpResponseMessage(failure) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        }

        var id = Interlocked.Increment(ref nextId);
        var json = request.RequestUri!.AbsolutePath.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? $$"""{"id":"a:created-{{id}}"}"""
            : $$"""{"id":"{{id}}"}""";
        var status = request.Method == HttpMethod.Post ? HttpStatusCode.Created : HttpStatusCode.OK;
        return new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
    }
}
