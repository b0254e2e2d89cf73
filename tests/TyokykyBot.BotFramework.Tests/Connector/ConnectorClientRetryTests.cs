using System.Net;
using System.Net.Http.Headers;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientRetryTests : IDisposable
{
    private static readonly Activity Message = new() { Type = "message", Text = "Hei" };

    private readonly ConnectorTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SendToConversationAsync_429WithRetryAfter7_WaitsSevenSecondsThenSucceeds()
    {
        _host.Handler
            .Respond(HttpStatusCode.TooManyRequests, headers: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)))
            .Respond(HttpStatusCode.OK, """{"id":"m-1"}""");

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Equal("m-1", result.Value?.Id);
        var requests = _host.Handler.Requests;
        Assert.Equal(2, requests.Count);
        var gap = requests[1].At - requests[0].At;
        Assert.InRange(gap, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(7.5));
    }

    [Fact]
    public async Task SendToConversationAsync_429WaitingForRetryAfter_SendsNothingBeforeTheClockGetsThere()
    {
        _host.Handler.Respond(HttpStatusCode.TooManyRequests, headers: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7)));

        var call = _host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);
        for (var i = 0; i < 69; i++)
        {
            _host.Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        Assert.False(call.IsCompleted);
        Assert.Single(_host.Handler.Requests);
        await _host.DriveAsync(call);
        Assert.Equal(2, _host.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterAsHttpDate_WaitsUntilThatTime()
    {
        var at = _host.Time.GetUtcNow().AddSeconds(10);
        _host.Handler.Respond(HttpStatusCode.ServiceUnavailable, headers: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(at));

        await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.InRange(_host.Handler.Requests[1].At - _host.Handler.Requests[0].At, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10.5));
    }

    [Fact]
    public async Task SendToConversationAsync_HugeRetryAfterWithoutRateLimiter_WaitsOnlyTheCap()
    {
        using var host = new ConnectorTestHost(rateLimits: o => o.Enabled = false);
        host.Handler.Respond(HttpStatusCode.TooManyRequests, headers: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)));

        await host.DriveAsync(host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.InRange(host.Handler.Requests[1].At - host.Handler.Requests[0].At, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60.5));
    }

    [Fact]
    public async Task SendToConversationAsync_HugeRetryAfter_NothingMoreSentAndResultCarriesTheWait()
    {
        _host.Handler.Respond(HttpStatusCode.TooManyRequests, headers: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromHours(1)));

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        // The retry after the 60 s cap finds the conversation still blocked: the limiter answers it.
        Assert.Single(_host.Handler.Requests);
        Assert.Equal(ConnectorStatus.Throttled, result.Status);
        Assert.InRange(result.RetryAfter.GetValueOrDefault(), TimeSpan.FromMinutes(58), TimeSpan.FromMinutes(59));
    }

    [Fact]
    public async Task SendToConversationAsync_AlwaysThrottledWithRetryAfter_ResultCarriesIt()
    {
        for (var i = 0; i < 5; i++)
        {
            _host.Handler.Respond(HttpStatusCode.ServiceUnavailable, headers: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));
        }

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.Equal(ConnectorStatus.Throttled, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), result.RetryAfter);
    }

    [Fact]
    public async Task SendToConversationAsync_FailedWithoutRetryAfter_NoRetryAfterInResult()
    {
        _host.Handler.Respond(HttpStatusCode.BadRequest, headers: r => r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(3)));

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.Equal(ConnectorStatus.Failed, result.Status);
        Assert.Null(result.RetryAfter);
    }

    [Fact]
    public async Task SendToConversationAsync_503Then503Then200_SucceedsWithThreeIdenticalRequests()
    {
        _host.Handler.Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.ServiceUnavailable).Respond(HttpStatusCode.OK, """{"id":"m-3"}""");

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Equal("m-3", result.Value?.Id);
        var requests = _host.Handler.Requests;
        Assert.Equal(3, requests.Count);
        Assert.All(requests, r => Assert.Equal("""{"type":"message","text":"Hei"}""", r.Body));
        Assert.All(requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }

    [Fact]
    public async Task SendToConversationAsync_NoRetryAfter_BacksOffExponentially()
    {
        _host.Handler.Respond(HttpStatusCode.BadGateway).Respond(HttpStatusCode.PreconditionFailed).Respond(HttpStatusCode.GatewayTimeout);

        await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        var at = _host.Handler.Requests.Select(r => r.At).ToList();
        Assert.Equal(4, at.Count);
        Assert.InRange(at[1] - at[0], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1.3));
        Assert.InRange(at[2] - at[1], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.3));
        Assert.InRange(at[3] - at[2], TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(4.3));
    }

    [Fact]
    public async Task SendToConversationAsync_AlwaysThrottled_ReturnsThrottledAfterFourRetries()
    {
        for (var i = 0; i < 6; i++)
        {
            _host.Handler.Respond(HttpStatusCode.TooManyRequests);
        }

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.Equal(ConnectorStatus.Throttled, result.Status);
        Assert.Equal(429, result.HttpStatus);
        Assert.Equal(5, _host.Handler.Requests.Count);
    }

    [Fact]
    public void Backoff_WithJitter_StaysWithinRatioAndCap()
    {
        var options = new ConnectorRetryOptions { JitterRatio = 0.2 };

        for (var i = 0; i < 200; i++)
        {
            Assert.InRange(ConnectorRetryHandler.Backoff(options, 2), TimeSpan.FromSeconds(3.2), TimeSpan.FromSeconds(4.8));
            Assert.InRange(ConnectorRetryHandler.Backoff(options, 10), TimeSpan.FromSeconds(16), TimeSpan.FromSeconds(20));
        }
    }
}
