using System.Text.Json.Nodes;
using TyokykyBot.Graph;

namespace TyokykyBot.Tests.Graph;

/// <summary>The installation lookup follows Graph's @odata.nextLink, and only Graph's own host gets the token.</summary>
public sealed class GraphAppInstallerPagingTests : IDisposable
{
    private const string UserId = "5b649834-7412-4cce-9e69-176e95a394f5";
    private readonly GraphInstallerHost _host = new();

    private static JsonNode Installation => new JsonObject { ["id"] = FakeGraph.InstallationId, ["teamsApp"] = new JsonObject { ["id"] = "app-1" } };

    [Fact]
    public async Task EnsureInstalled_InstallationOnTheSecondPage_FollowsNextLinkWithTheToken()
    {
        var next = $"{GraphInstallerHost.BaseUrl}/users/{UserId}/teamwork/installedApps?$skiptoken=page2";
        _host.Graph.Enqueue(GraphRoute.FindInstallation, () => FakeGraph.Page([], next));
        _host.Graph.Enqueue(GraphRoute.FindInstallation, () => FakeGraph.Page([Installation]));

        var result = await _host.InstallAsync(UserId);

        Assert.Equal(AppInstallResult.Installed(FakeGraph.ChatId), result);
        var finds = _host.Graph.Requests.Where(r => r.Route == GraphRoute.FindInstallation).ToArray();
        Assert.Equal(2, finds.Length);
        Assert.Equal("?$skiptoken=page2", Uri.UnescapeDataString(finds[1].Uri.Query));
        Assert.All(finds, f => Assert.Equal("Bearer token-1", f.Authorization));
        Assert.All(finds, f => Assert.Equal("find installation", f.Operation));
    }

    [Fact]
    public async Task EnsureInstalled_NextLinkToAnotherHost_SentWithoutTheToken()
    {
        _host.Graph.Enqueue(GraphRoute.FindInstallation, () => FakeGraph.Page([], $"http://elsewhere.test/v1.0/users/{UserId}/teamwork/installedApps?$skiptoken=x"));
        _host.Graph.Enqueue(GraphRoute.FindInstallation, () => FakeGraph.Page([]));

        var result = await _host.InstallAsync(UserId);

        Assert.Equal(AppInstallStatus.Failed, result.Status);
        var elsewhere = Assert.Single(_host.Graph.Requests, r => r.Uri.Host == "elsewhere.test");
        Assert.Null(elsewhere.Authorization);
    }

    [Fact]
    public async Task EnsureInstalled_EmptyPagesWithoutEnd_StopsAfterMaxPages()
    {
        var next = $"{GraphInstallerHost.BaseUrl}/users/{UserId}/teamwork/installedApps?$skiptoken=again";
        _host.Graph.Answer(GraphRoute.FindInstallation, _ => FakeGraph.Page([], next));

        var result = await _host.InstallAsync(UserId);

        Assert.Equal(AppInstallStatus.Failed, result.Status);
        Assert.Equal(5, _host.Graph.Requests.Count(r => r.Route == GraphRoute.FindInstallation));
    }

    public void Dispose() => _host.Dispose();
}
