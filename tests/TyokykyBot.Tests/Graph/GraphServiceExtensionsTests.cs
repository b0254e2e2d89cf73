using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TyokykyBot.BotFramework;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Graph;

namespace TyokykyBot.Tests.Graph;

public sealed class GraphServiceExtensionsTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000b1";

    [Fact]
    public void AddGraphServices_NotEnabled_RegistersTheLocalInstaller()
    {
        using var host = Build([]);

        Assert.IsType<LocalAppInstaller>(host.Services.GetRequiredService<IAppInstaller>());
        Assert.Equal("https://graph.microsoft.com/v1.0", host.Services.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl);
    }

    [Fact]
    public async Task AddGraphServices_EnabledSingleTenant_RegistersGraphInstallerWithClientSecretCredential()
    {
        using var host = Build(Enabled(("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppPassword", "secret"), ("MicrosoftAppTenantId", "tenant-1")));
        await host.StartAsync();

        Assert.IsType<GraphAppInstaller>(host.Services.GetRequiredService<IAppInstaller>());
        Assert.NotNull(host.Services.GetRequiredService<GraphCredential>());
        await host.StopAsync();
    }

    [Fact]
    public async Task AddGraphServices_EnabledWithoutCatalogAppId_FailsAtStart()
    {
        using var host = Build(Enabled(("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppPassword", "secret"), ("MicrosoftAppTenantId", "tenant-1"))
            .Where(kv => kv.Key != "Teams:CatalogAppId"));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Teams:CatalogAppId", error.Message);
    }

    [Fact]
    public async Task AddGraphServices_EnabledMultiTenant_FailsAtStart()
    {
        using var host = Build(Enabled(("MicrosoftAppType", "MultiTenant"), ("MicrosoftAppPassword", "secret")));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("SingleTenant", error.Message);
    }

    [Fact]
    public void Create_SingleTenant_ReturnsClientSecretCredential()
    {
        var options = new BotOptions { AppType = "SingleTenant", AppId = AppId, AppPassword = "secret", AppTenantId = "tenant-1" };

        Assert.IsType<ClientSecretCredential>(GraphCredentialFactory.Create(options));
    }

    [Fact]
    public void Create_UserAssignedMsi_ReturnsManagedIdentityCredential()
    {
        var options = new BotOptions { AppType = "UserAssignedMSI", AppId = AppId, AppTenantId = "tenant-1" };

        Assert.IsType<ManagedIdentityCredential>(GraphCredentialFactory.Create(options));
    }

    [Theory]
    [InlineData("MultiTenant", AppId)]
    [InlineData("SingleTenant", "")]
    public void Create_NoTenantIdentity_Throws(string appType, string appId)
    {
        var options = new BotOptions { AppType = appType, AppId = appId, AppPassword = "secret", AppTenantId = "tenant-1" };

        Assert.Throws<InvalidOperationException>(() => GraphCredentialFactory.Create(options));
    }

    private static IEnumerable<KeyValuePair<string, string?>> Enabled(params (string Key, string Value)[] bot) =>
        new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Teams:CatalogAppId"] = "app-1",
            ["MicrosoftAppId"] = AppId,
        }.Concat(bot.Select(b => new KeyValuePair<string, string?>(b.Key, b.Value)));

    private static IHost Build(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.AddGraphServices();
        return builder.Build();
    }
}
