using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientAuthorizationTests
{
    private static readonly Activity Message = new() { Type = "message", Text = "Hei" };

    [Fact]
    public async Task SendToConversationAsync_ManyCalls_FetchesTokenOnceAndSendsItEachTime()
    {
        using var host = new ConnectorTestHost();

        for (var i = 0; i < 3; i++)
        {
            await host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);
        }

        Assert.All(host.Handler.Requests, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(3, host.Handler.Requests.Count);
        host.VerifyTokenFetches(Moq.Times.Once());
    }

    [Fact]
    public async Task SendToConversationAsync_TokenNearExpiry_FetchesNewToken()
    {
        using var host = new ConnectorTestHost();
        await host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        host.Time.Advance(TimeSpan.FromMinutes(50));
        await host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);
        host.VerifyTokenFetches(Moq.Times.Once());

        host.Time.Advance(TimeSpan.FromMinutes(6));
        await host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        host.VerifyTokenFetches(Moq.Times.Exactly(2));
        Assert.Equal(["Bearer token-1", "Bearer token-1", "Bearer token-2"], host.Handler.Requests.Select(r => r.Authorization));
    }

    [Fact]
    public async Task SendToConversationAsync_AnonymousMode_SendsNoAuthorizationHeader()
    {
        using var host = new ConnectorTestHost(bot: o => o.AppId = "");

        var result = await host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Null(Assert.Single(host.Handler.Requests).Authorization);
        host.VerifyTokenFetches(Moq.Times.Never());
    }

    [Fact]
    public async Task SendToConversationAsync_TokenScope_IsBotFrameworkDefault()
    {
        using var host = new ConnectorTestHost();

        await host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        host.Credential.Verify(c => c.GetTokenAsync(
            Moq.It.Is<Azure.Core.TokenRequestContext>(r => r.Scopes.SequenceEqual(new[] { "https://api.botframework.com/.default" })),
            Moq.It.IsAny<CancellationToken>()));
    }
}
