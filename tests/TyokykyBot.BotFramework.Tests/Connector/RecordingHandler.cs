using System.Net;
using System.Text;

namespace TyokykyBot.BotFramework.Tests.Connector;

/// <summary>A fake Connector: records each request with the fake clock's time and answers from a script.</summary>
internal sealed class RecordingHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly Queue<Func<CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public List<RecordedRequest> Requests { get; } = [];

    public RecordingHandler Respond(HttpStatusCode status, string? json = null, Action<HttpResponseMessage>? headers = null)
    {
        _script.Enqueue(_ =>
        {
            var response = new HttpResponseMessage(status);
            if (json is not null)
            {
                response.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            headers?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public RecordingHandler Throw(Exception exception)
    {
        _script.Enqueue(_ => throw exception);
        return this;
    }

    /// <summary>Never answers; only the caller's cancellation ends the attempt.</summary>
    public RecordingHandler Hang()
    {
        _script.Enqueue(async cancellationToken =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!.AbsoluteUri,
            request.Headers.Authorization?.ToString(),
            body,
            request.Content?.Headers.ContentType?.MediaType,
            time.GetUtcNow()));
        return _script.Count > 0 ? await _script.Dequeue()(cancellationToken) : new HttpResponseMessage(HttpStatusCode.OK);
    }
}
