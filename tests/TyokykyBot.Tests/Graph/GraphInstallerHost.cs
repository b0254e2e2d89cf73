using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Graph;

namespace TyokykyBot.Tests.Graph;

/// <summary>
/// The installer as the app registers it (<see cref="GraphServiceExtensions.AddGraphServices"/>), with
/// a fake Graph behind its HttpClient, a counting credential and a test clock.
/// </summary>
public sealed class GraphInstallerHost : IDisposable
{
    public const string BaseUrl = "http://graph.test/v1.0";
    public const string CatalogAppId = "app-1";
    public const string TenantId = "tenant-1";

    private readonly IHost _host;

    public GraphInstallerHost()
    {
        Graph = new FakeGraph(Clock);
        Credential = new CountingTokenCredential(Clock);

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = BaseUrl + "/",
            ["Teams:CatalogAppId"] = CatalogAppId,
        });
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(new GraphCredential(Credential, Clock));
        builder.AddGraphServices();
        builder.Services.AddHttpClient(GraphServiceExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Graph);
        _host = builder.Build();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public FakeGraph Graph { get; }

    public CountingTokenCredential Credential { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceProvider Services => _host.Services;

    public IAppInstaller Installer => _host.Services.GetRequiredService<IAppInstaller>();

    public Task<AppInstallResult> InstallAsync(string userId = "5b649834-7412-4cce-9e69-176e95a394f5") =>
        RunAsync(() => Installer.EnsureInstalledForUserAsync(TenantId, userId, CancellationToken.None));

    /// <summary>Runs the call while moving the clock on in 100 ms steps, so retry waits pass without sleeping.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> run)
    {
        var call = run();
        for (var step = 0; !call.IsCompleted; step++)
        {
            Assert.True(step < 20_000, "The call did not finish within 2000 s on the test clock.");
            Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        return await call;
    }

    public void Dispose() => _host.Dispose();
}
