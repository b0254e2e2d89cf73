using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using TyokykyBot.BotFramework.Connector;

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
