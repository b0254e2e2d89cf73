using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Tests.Graph;

/// <summary>The SDK client as AddGraphServices registers it: on the "Graph" HttpClient, with our retry and no redirects.</summary>
public sealed class GraphServiceClientTests : IDisposable
{
    private const string UserId = "5b649834-7412-4cce-9e69-176e95a394f5";
    private readonly GraphInstallerHost _host = new();

    private GraphServiceClient Client => _host.Services.GetRequiredService<GraphServiceClient>();

    private Task<Microsoft.Graph.Models.Chat?> GetChatAsync() =>
        _host.RunAsync(() => Client.Users[UserId].Teamwork.InstalledApps[FakeGraph.InstallationId].Chat
            .GetAsync(c => c.Options.Add(new GraphOperation("get chat"))));

    [Fact]
    public async Task GraphServiceClient_AnyCall_GoesToTheConfiguredBaseUrlWithTheBotsToken()
    {
        var chat = await GetChatAsync();

        Assert.Equal(FakeGraph.ChatId, chat?.Id);
        var sent = Assert.Single(_host.Graph.Requests);
        Assert.Equal("graph.test", sent.Uri.Host);
        Assert.Equal($"/v1.0/users/{UserId}/teamwork/installedApps/aW5zdA%3D%3D%2F%2B1/chat", sent.Uri.AbsolutePath);
        Assert.Equal("Bearer token-1", sent.Authorization);
        Assert.Equal("get chat", sent.Operation);
    }

    [Fact]
    public async Task GraphServiceClient_TooManyRequestsWithRetryAfter_RetriedOnceByOurHandlerOnly()
    {
        _host.Graph.Enqueue(GraphRoute.Chat, HttpStatusCode.TooManyRequests, retryAfterSeconds: "3");

        var chat = await GetChatAsync();

        Assert.Equal(FakeGraph.ChatId, chat?.Id);
        var at = _host.Graph.Requests.Select(r => r.At).ToArray();
        Assert.Equal(2, at.Length);
        Assert.InRange(at[1] - at[0], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(3.1));
    }

    [Fact]
    public async Task GraphServiceClient_ThrottledEveryTime_OurRetriesOnlyThenODataErrorWithRetryAfter()
    {
        for (var i = 0; i < 10; i++)
        {
            _host.Graph.Enqueue(GraphRoute.Chat, () => FakeGraph.Answer(
                HttpStatusCode.TooManyRequests, """{"error":{"code":"TooManyRequests","message":"slow down"}}""", retryAfterSeconds: "1"));
        }

        var error = await Assert.ThrowsAsync<ODataError>(GetChatAsync);

        Assert.Equal(429, error.ResponseStatusCode);
        Assert.Equal("TooManyRequests", error.Error?.Code);
        Assert.Equal(["1"], error.ResponseHeaders["retry-after"]);
        Assert.Equal(1 + new TyokykyBot.Graph.GraphOptions().MaxRetries, _host.Graph.Requests.Count);
    }

    [Fact]
    public async Task GraphServiceClient_Redirect_NotFollowedAndFails()
    {
        _host.Graph.Enqueue(GraphRoute.Chat, () =>
        {
            var moved = FakeGraph.Answer(HttpStatusCode.Found);
            moved.Headers.Location = new Uri("https://elsewhere.example/steal");
            return moved;
        });

        var error = await Assert.ThrowsAsync<HttpRequestException>(GetChatAsync);

        Assert.Equal(HttpStatusCode.Found, error.StatusCode);
        Assert.DoesNotContain("elsewhere", error.Message, StringComparison.Ordinal);
        Assert.Single(_host.Graph.Requests);
    }

    [Fact]
    public async Task GraphServiceClient_Forbidden_ODataErrorWithGraphsCode()
    {
        _host.Graph.Enqueue(GraphRoute.Chat, () => FakeGraph.Answer(HttpStatusCode.Forbidden, """{"error":{"code":"Forbidden","message":"no"}}"""));

        var error = await Assert.ThrowsAsync<ODataError>(GetChatAsync);

        Assert.Equal(403, error.ResponseStatusCode);
        Assert.Equal("Forbidden", error.Error?.Code);
    }

    [Fact]
    public void GraphServiceClient_Resolved_IsNewEachTimeOverTheFactorysClient()
    {
        Assert.NotSame(Client, Client);
    }

    public void Dispose() => _host.Dispose();
}
