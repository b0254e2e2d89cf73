using System.Net;
using TyokykyBot.Graph;

namespace TyokykyBot.Tests.Graph;

/// <summary>429, 503 and 504 are retried as Graph asks, on the test clock.</summary>
public sealed class GraphAppInstallerThrottlingTests : IDisposable
{
    private readonly GraphInstallerHost _host = new();

    [Fact]
    public async Task EnsureInstalled_TooManyRequestsWithRetryAfter_WaitsThatLongThenSucceeds()
    {
        _host.Graph.Enqueue(GraphRoute.Install, HttpStatusCode.TooManyRequests, retryAfterSeconds: "3");

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Installed, result.Status);
        var installs = _host.Graph.Requests.Where(r => r.Route == GraphRoute.Install).ToArray();
        Assert.Equal(2, installs.Length);
        var waited = installs[1].At - installs[0].At;
        Assert.InRange(waited, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.1));
        Assert.Equal(installs[0].Body, installs[1].Body);
    }

    [Fact]
    public async Task EnsureInstalled_GatewayTimeoutWhenReadingChat_IsRetried()
    {
        _host.Graph.Enqueue(GraphRoute.Chat, HttpStatusCode.GatewayTimeout, retryAfterSeconds: "1");

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallResult.Installed(FakeGraph.ChatId), result);
        Assert.Equal(2, _host.Graph.Requests.Count(r => r.Route == GraphRoute.Chat));
    }

    [Fact]
    public async Task EnsureInstalled_ServiceUnavailableEveryTime_ReturnsThrottledAfterRetries()
    {
        _host.Graph.Enqueue(GraphRoute.Install, HttpStatusCode.ServiceUnavailable, count: 10, retryAfterSeconds: "2");

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallResult.Throttled(TimeSpan.FromSeconds(2)), result);
        var installs = _host.Graph.Requests.Where(r => r.Route == GraphRoute.Install).ToArray();
        Assert.Equal(1 + new GraphOptions().MaxRetries, installs.Length);
        Assert.All(_host.Graph.Requests, r => Assert.Equal(GraphRoute.Install, r.Route));
    }

    [Fact]
    public async Task EnsureInstalled_ServiceUnavailableWithoutRetryAfter_BacksOffExponentially()
    {
        _host.Graph.Enqueue(GraphRoute.Install, HttpStatusCode.ServiceUnavailable, count: 10);

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallResult.Throttled(null), result);
        var at = _host.Graph.Requests.Select(r => r.At).ToArray();
        var waits = at.Skip(1).Zip(at, (later, earlier) => (later - earlier).TotalSeconds).ToArray();
        Assert.Equal([1.0, 2.0, 4.0], waits);
    }

    [Fact]
    public async Task EnsureInstalled_RetryAfterLongerThanAllowed_ReturnsThrottledAtOnce()
    {
        _host.Graph.Enqueue(GraphRoute.Install, HttpStatusCode.TooManyRequests, retryAfterSeconds: "120");

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallResult.Throttled(TimeSpan.FromSeconds(120)), result);
        Assert.Single(_host.Graph.Requests);
    }

    public void Dispose() => _host.Dispose();
}
