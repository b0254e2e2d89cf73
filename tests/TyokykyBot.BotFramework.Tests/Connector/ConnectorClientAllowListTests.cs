using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientAllowListTests
{
    private static readonly Activity Message = new() { Type = "message", Text = "Hei" };

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.com/amer/")]
    [InlineData("https://smba.trafficmanager.net@evil.com/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("not a url")]
    public async Task SendToConversationAsync_UntrustedServiceUrl_ReturnsUntrustedAndSendsNothing(string serviceUrl)
    {
        using var host = new ConnectorTestHost();

        var result = await host.Client.SendToConversationAsync(serviceUrl, "a:1", Message);

        Assert.Equal(ConnectorStatus.UntrustedServiceUrl, result.Status);
        Assert.Null(result.HttpStatus);
        Assert.Empty(host.Handler.Requests);
        host.VerifyTokenFetches(Moq.Times.Never());
    }

    [Fact]
    public async Task SendToConversationAsync_LoopbackWhenListed_Sends()
    {
        using var host = new ConnectorTestHost(bot: o => o.TrustedServiceUrls = ["localhost"]);

        var result = await host.Client.SendToConversationAsync("http://localhost:3979/_connector", "a:1", Message);

        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Equal("http://localhost:3979/_connector/v3/conversations/a%3A1/activities", Assert.Single(host.Handler.Requests).Url);
    }
}
