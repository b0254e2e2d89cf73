using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Moq;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Hosting;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class ConnectorServiceCollectionExtensionsTests
{
    [Fact]
    public void AddBotConnector_SingleTenantOptions_BuildsClientSecretCredentialAndClient()
    {
        using var provider = Build(o => o.AppTenantId = "tenant-1");

        Assert.IsType<ClientSecretCredential>(provider.GetRequiredService<TokenCredential>());
        Assert.NotNull(provider.GetRequiredService<ConnectorClient>());
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddBotConnector_CredentialRegisteredFirst_KeepsIt()
    {
        var own = new Mock<TokenCredential>().Object;
        var services = new ServiceCollection();
        services.AddSingleton(own);

        services.AddBotConnector();

        using var provider = services.BuildServiceProvider();
        Assert.Same(own, provider.GetRequiredService<TokenCredential>());
    }

    [Fact]
    public async Task AddBotConnector_AnonymousOptions_NeverBuildsACredential()
    {
        using var provider = Build(o => o.AppId = "");

        Assert.Null(await provider.GetRequiredService<IBotTokenProvider>().GetTokenAsync(CancellationToken.None));
        Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<TokenCredential>());
    }

    [Fact]
    public void AddBotFramework_RateLimitsConfigured_BoundFromBotRateLimits()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:RateLimits:ConversationWindows:0:Limit"] = "3",
            ["Bot:RateLimits:ConversationWindows:0:Window"] = "00:00:05",
            ["Bot:RateLimits:TenantLimit"] = "20",
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotFramework(configuration);

        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<TeamsRateLimitOptions>>().Value;

        Assert.Equal([new RateWindow(3, TimeSpan.FromSeconds(5))], options.EffectiveConversationWindows);
        Assert.Equal(20, options.TenantLimit);
        Assert.True(options.Enabled);
    }

    [Fact]
    public void AddBotConnector_NothingConfigured_TeamsPublishedLimits()
    {
        using var provider = Build(_ => { });

        var options = provider.GetRequiredService<IOptions<TeamsRateLimitOptions>>().Value;

        Assert.Equal(TeamsRateLimitOptions.TeamsConversationWindows, options.EffectiveConversationWindows);
        Assert.Equal(50, options.TenantLimit);
        Assert.Equal(TimeSpan.FromMilliseconds(30), options.SafetyMargin);
        Assert.Equal(TimeSpan.FromSeconds(10), options.MaxInlineWait);
    }

    private static ServiceProvider Build(Action<BotOptions> configure)
    {
        var services = new ServiceCollection();
        services.Configure<BotOptions>(o =>
        {
            o.AppId = "00000000-0000-0000-0000-0000000000aa";
            o.AppPassword = "secret";
            configure(o);
        });
        services.AddBotConnector();
        return services.BuildServiceProvider();
    }
}
