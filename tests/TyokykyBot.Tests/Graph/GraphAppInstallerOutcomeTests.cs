using System.Net;
using Azure.Identity;
using TyokykyBot.Graph;

namespace TyokykyBot.Tests.Graph;

/// <summary>How Graph's answers turn into an <see cref="AppInstallResult"/>.</summary>
public sealed class GraphAppInstallerOutcomeTests : IDisposable
{
    private readonly GraphInstallerHost _host = new();

    [Theory]
    [InlineData(HttpStatusCode.Created)]
    [InlineData(HttpStatusCode.Conflict)]
    public async Task EnsureInstalled_InstallCreatedOrAlreadyThere_ReturnsTheChatId(HttpStatusCode installAnswer)
    {
        _host.Graph.Enqueue(GraphRoute.Install, installAnswer);

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallResult.Installed(FakeGraph.ChatId), result);
        Assert.Equal([GraphRoute.Install, GraphRoute.FindInstallation, GraphRoute.Chat], _host.Graph.Requests.Select(r => r.Route));
    }

    [Fact]
    public async Task EnsureInstalled_Forbidden_ReturnsForbiddenWithoutLookingFurther()
    {
        _host.Graph.Enqueue(GraphRoute.Install, HttpStatusCode.Forbidden);

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Forbidden, result.Status);
        Assert.Null(result.ChatId);
        Assert.Single(_host.Graph.Requests);
    }

    [Fact]
    public async Task EnsureInstalled_UnknownUser_ReturnsUserNotFound()
    {
        _host.Graph.Enqueue(GraphRoute.Install, HttpStatusCode.NotFound);

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.UserNotFound, result.Status);
        Assert.Single(_host.Graph.Requests);
    }

    [Fact]
    public async Task EnsureInstalled_ForbiddenWhenFindingInstallation_ReturnsForbidden()
    {
        _host.Graph.Enqueue(GraphRoute.FindInstallation, HttpStatusCode.Forbidden);

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Forbidden, result.Status);
        Assert.Equal(2, _host.Graph.Requests.Count);
    }

    [Fact]
    public async Task EnsureInstalled_InstallationNotListed_ReturnsFailed()
    {
        _host.Graph.Enqueue(GraphRoute.FindInstallation, () => FakeGraph.Answer(HttpStatusCode.OK, """{"value":[]}"""));

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Failed, result.Status);
        Assert.DoesNotContain(_host.Graph.Requests, r => r.Route == GraphRoute.Chat);
    }

    [Fact]
    public async Task EnsureInstalled_ChatNotFound_ReturnsFailedNotUserNotFound()
    {
        _host.Graph.Enqueue(GraphRoute.Chat, HttpStatusCode.NotFound);

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Failed, result.Status);
    }

    [Fact]
    public async Task EnsureInstalled_ChatAnswerWithoutId_ReturnsFailed()
    {
        _host.Graph.Enqueue(GraphRoute.Chat, () => FakeGraph.Answer(HttpStatusCode.OK, """{"id":""}"""));

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Failed, result.Status);
    }

    [Fact]
    public async Task EnsureInstalled_BadRequest_ReturnsFailed()
    {
        _host.Graph.Enqueue(GraphRoute.Install, HttpStatusCode.BadRequest);

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Failed, result.Status);
        Assert.Single(_host.Graph.Requests);
    }

    [Fact]
    public async Task EnsureInstalled_NoAnswer_ReturnsFailedInsteadOfThrowing()
    {
        _host.Graph.Enqueue(GraphRoute.Install, () => throw new HttpRequestException("connection refused"));

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Failed, result.Status);
    }

    [Fact]
    public async Task EnsureInstalled_NoToken_ReturnsFailedWithoutCallingGraph()
    {
        _host.Credential.Failure = new AuthenticationFailedException("AADSTS7000215: invalid client secret");

        var result = await _host.InstallAsync();

        Assert.Equal(AppInstallStatus.Failed, result.Status);
        Assert.Empty(_host.Graph.Requests);
    }

    public void Dispose() => _host.Dispose();
}
