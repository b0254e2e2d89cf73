using System.Text.Json;
using TyokykyBot.Graph;

namespace TyokykyBot.Tests.Graph;

/// <summary>What goes over the wire: paths, methods, bodies, escaping and the bearer token.</summary>
public sealed class GraphAppInstallerRequestTests : IDisposable
{
    private const string UserId = "5b649834-7412-4cce-9e69-176e95a394f5";
    private readonly GraphInstallerHost _host = new();

    [Fact]
    public async Task EnsureInstalled_NewUser_InstallsThenFindsInstallationThenChat()
    {
        await _host.InstallAsync(UserId);

        Assert.Collection(
            _host.Graph.Requests,
            install =>
            {
                Assert.Equal(HttpMethod.Post, install.Method);
                Assert.Equal($"/v1.0/users/{UserId}/teamwork/installedApps", install.Uri.AbsolutePath);
                Assert.Equal("", install.Uri.Query);
            },
            find =>
            {
                Assert.Equal(HttpMethod.Get, find.Method);
                Assert.Equal($"/v1.0/users/{UserId}/teamwork/installedApps", find.Uri.AbsolutePath);
                Assert.Equal("?$expand=teamsApp&$filter=teamsApp/id eq 'app-1'", Uri.UnescapeDataString(find.Uri.Query));
                Assert.Null(find.Body);
            },
            chat =>
            {
                Assert.Equal(HttpMethod.Get, chat.Method);
                Assert.Equal($"/v1.0/users/{UserId}/teamwork/installedApps/aW5zdA%3D%3D%2F%2B1/chat", chat.Uri.AbsolutePath);
                Assert.Null(chat.Body);
            });
        Assert.All(_host.Graph.Requests, r => Assert.Equal("graph.test", r.Uri.Host));
    }

    [Fact]
    public async Task EnsureInstalled_Install_PostsOnlyTheCatalogAppBinding()
    {
        await _host.InstallAsync(UserId);

        var install = _host.Graph.Requests[0];
        Assert.Equal("application/json", install.ContentType);
        using var body = JsonDocument.Parse(install.Body!);
        // Besides the SDK's type name, the binding and nothing else.
        Assert.Equal("#microsoft.graph.userScopeTeamsAppInstallation", body.RootElement.GetProperty("@odata.type").GetString());
        var property = Assert.Single(body.RootElement.EnumerateObject(), p => p.Name != "@odata.type");
        Assert.Equal("teamsApp@odata.bind", property.Name);
        Assert.Equal("http://graph.test/v1.0/appCatalogs/teamsApps/app-1", property.Value.GetString());
    }

    [Fact]
    public async Task EnsureInstalled_UserIdWithReservedCharacters_IsEscapedInThePath()
    {
        await _host.InstallAsync("a/b?c#d e'f");

        Assert.All(_host.Graph.Requests, r =>
            Assert.StartsWith("/v1.0/users/a%2Fb%3Fc%23d%20e%27f/teamwork/installedApps", r.Uri.AbsolutePath));
        Assert.Equal("?$expand=teamsApp&$filter=teamsApp/id eq 'app-1'", Uri.UnescapeDataString(_host.Graph.Requests[1].Uri.Query));
    }

    [Fact]
    public async Task EnsureInstalled_TwoUsers_FetchesOneGraphTokenAndSendsItAsBearer()
    {
        await _host.InstallAsync(UserId);
        await _host.InstallAsync("another-user");

        var asked = Assert.Single(_host.Credential.Requests);
        Assert.Equal(["https://graph.microsoft.com/.default"], asked.Scopes);
        Assert.Equal(6, _host.Graph.Requests.Count);
        Assert.All(_host.Graph.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
    }

    [Fact]
    public async Task EnsureInstalled_TokenNearExpiry_FetchesANewOne()
    {
        await _host.InstallAsync(UserId);
        _host.Clock.Advance(TimeSpan.FromMinutes(56));

        await _host.InstallAsync(UserId);

        Assert.Equal(2, _host.Credential.Requests.Count);
        Assert.Equal("Bearer token-2", _host.Graph.Requests[^1].Authorization);
    }

    [Fact]
    public async Task EnsureInstalled_AnyOutcome_LogsNeitherUserIdNorToken()
    {
        _host.Graph.Enqueue(GraphRoute.Install, System.Net.HttpStatusCode.Forbidden);
        await _host.InstallAsync(UserId);
        await _host.InstallAsync(UserId);

        var lines = _host.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("req-403", StringComparison.Ordinal) && l.Contains(AppInstallResult.RequiredPermission, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(UserId, StringComparison.Ordinal) || l.Contains("token-1", StringComparison.Ordinal));
    }

    public void Dispose() => _host.Dispose();
}
