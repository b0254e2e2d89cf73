using Microsoft.Extensions.Options;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    private static ServiceUrlPolicy Policy(params string[] entries) =>
        new(Options.Create(entries.Length == 0 ? new BotOptions() : new BotOptions { TrustedServiceUrls = [.. entries] }));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/tenant-1/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://SMBA.TrafficManager.net/emea/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://canary.botapi.skype.com.teams.microsoft.com/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/")]
    public void IsTrusted_DefaultListHost_True(string url) => Assert.True(Policy().IsTrusted(url));

    [Theory]
    [InlineData("https://smba.trafficmanager.net.evil.com/")]
    [InlineData("https://smba.trafficmanager.net@evil.com/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/")]
    [InlineData("https://evil.com/smba.trafficmanager.net/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://botframework.com.evil.com/")]
    [InlineData("http://smba.trafficmanager.net/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//smba.trafficmanager.net/")]
    [InlineData("http://localhost:3978/")]
    [InlineData("https://127.0.0.1/")]
    [InlineData("")]
    [InlineData(null)]
    public void IsTrusted_NotOnDefaultList_False(string? url) => Assert.False(Policy().IsTrusted(url));

    [Theory]
    [InlineData("localhost", "http://localhost:3978/", true)]
    [InlineData("localhost", "https://localhost:3979/", true)]
    [InlineData("127.0.0.1", "http://127.0.0.1:5000/", true)]
    [InlineData("[::1]", "http://[::1]:5000/", true)]
    [InlineData("localhost", "http://127.0.0.1:3978/", false)]
    [InlineData("*.localhost", "http://a.localhost/", false)]
    [InlineData("example.test", "http://example.test/", false)]
    public void IsTrusted_LoopbackAndHttp_OnlyWhenNamed(string entry, string url, bool expected) =>
        Assert.Equal(expected, Policy(entry).IsTrusted(url));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/tenant-1/v3/conversations", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer", true)]
    [InlineData("https://smba.trafficmanager.net/americas-evil/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/../emea/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", false)]
    public void IsTrusted_UrlPrefixEntry_MatchesOnlyUnderThatPath(string url, bool expected) =>
        Assert.Equal(expected, Policy("https://smba.trafficmanager.net/amer").IsTrusted(url));
}
