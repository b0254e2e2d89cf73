using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.BotFramework.Tests.Connector;

/// <summary>
/// <see cref="TeamsRateLimitHandler"/> alone over a fake network that records when each request
/// went out on the fake clock, and answers 200 unless told otherwise for a request.
/// </summary>
internal sealed class RateLimitTestBed : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/tenant-1/";

    private readonly HttpMessageInvoker _invoker;

    public RateLimitTestBed(Action<TeamsRateLimitOptions>? configure = null)
    {
        var settings = new TeamsRateLimitOptions();
        configure?.Invoke(settings);
        var options = Options.Create(settings);
        Limiter = new TeamsRateLimiter(Time, options);
        var handler = new TeamsRateLimitHandler(Limiter, Time, options, NullLogger<TeamsRateLimitHandler>.Instance)
        {
            InnerHandler = new Network(this),
        };
        _invoker = new HttpMessageInvoker(handler);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));

    public DateTimeOffset Start { get; } = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    public TeamsRateLimiter Limiter { get; }

    /// <summary>Each request that reached the network: its path and when, on the fake clock.</summary>
    public ConcurrentQueue<(string Path, DateTimeOffset At)> Sent { get; } = new();

    /// <summary>
    /// How long the next request takes, on the fake clock, from leaving the handler to reaching
    /// Teams (a slow process or network); it is answered as it arrives.
    /// </summary>
    public TimeSpan NextLatency { get; set; }

    /// <summary>Answers the next request that reaches the network instead of 200.</summary>
    public Func<HttpResponseMessage>? NextAnswer { get; set; }

    public static string ConversationPath(string conversationId) =>
        $"{ServiceUrl}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";

    public Task<HttpResponseMessage> SendAsync(string url, HttpMethod? method = null) =>
        _invoker.SendAsync(new HttpRequestMessage(method ?? HttpMethod.Post, url), CancellationToken.None);

    /// <summary>Sends one after another, each when the previous has been answered; moves the clock meanwhile.</summary>
    public async Task<List<DateTimeOffset>> SendInTurnAsync(string url, int count, TimeSpan? step = null)
    {
        List<DateTimeOffset> at = [];
        for (var i = 0; i < count; i++)
        {
            using var response = await DriveAsync(SendAsync(url), step);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            at.Add(Sent.Last().At);
        }

        return at;
    }

    /// <summary>Moves the fake clock in small steps until <paramref name="task"/> ends.</summary>
    public async Task<T> DriveAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        for (var steps = 0; !task.IsCompleted; steps++)
        {
            Assert.True(steps < 100_000, "The send never finished.");
            Time.Advance(step ?? TimeSpan.FromMilliseconds(10));
            await Task.Delay(1);
        }

        return await task;
    }

    /// <summary>No <paramref name="window"/> (closed at its end) holds more than <paramref name="limit"/> of <paramref name="times"/>.</summary>
    public static void AssertWithin(IReadOnlyList<DateTimeOffset> times, int limit, TimeSpan window)
    {
        var sorted = times.Order().ToList();
        for (var i = 0; i < sorted.Count; i++)
        {
            var inWindow = sorted.Count(t => t <= sorted[i] && t > sorted[i] - window);
            Assert.True(inWindow <= limit, $"{inWindow} requests within {window} ending {sorted[i] - sorted[0]} after the first; the limit is {limit}.");
        }
    }

    public void Dispose() => _invoker.Dispose();

    private sealed class Network(RateLimitTestBed bed) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var latency = bed.NextLatency;
            bed.NextLatency = TimeSpan.Zero;
            if (latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, bed.Time, cancellationToken);
            }

            bed.Sent.Enqueue((request.RequestUri!.AbsolutePath, bed.Time.GetUtcNow()));
            var answer = bed.NextAnswer;
            bed.NextAnswer = null;
            return answer?.Invoke() ?? new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
