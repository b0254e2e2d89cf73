using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Graph;
using TyokykyBot.People;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.People.Graph;

/// <summary>
/// The Graph directory as the app registers it (AddGraphServices, AddPeopleDirectory with
/// <c>Directory:Provider=Graph</c>), over a fake Graph, a counting credential and a test clock.
/// </summary>
public sealed class GraphDirectoryHost : IDisposable
{
    public const string BaseUrl = "http://graph.test/v1.0";

    private readonly IHost _host;

    public GraphDirectoryHost(IDictionary<string, string?>? settings = null)
    {
        Graph = new FakeDirectoryGraph(Clock);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = BaseUrl + "/",
            ["Teams:CatalogAppId"] = "app-1",
            ["Directory:Provider"] = "Graph",
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.AddProvider(Logs);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(new GraphCredential(new CountingTokenCredential(Clock), Clock));
        builder.Services.AddMemoryCache(o => o.SizeLimit = 1000);
        builder.AddGraphServices();
        builder.Services.AddPeopleDirectory();
        builder.Services.AddHttpClient(GraphServiceExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Graph);
        _host = builder.Build();
        Scope = _host.Services.CreateScope();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    public FakeDirectoryGraph Graph { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public IServiceScope Scope { get; }

    public IPeopleDirectory Directory => Scope.ServiceProvider.GetRequiredService<IPeopleDirectory>();

    /// <summary>Runs the call while moving the clock on in 100 ms steps, so retry waits pass without sleeping.</summary>
    public async Task<T> RunAsync<T>(Func<IPeopleDirectory, Task<T>> run)
    {
        var call = run(Directory);
        for (var step = 0; !call.IsCompleted; step++)
        {
            Assert.True(step < 20_000, "The call did not finish within 2000 s on the test clock.");
            Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        return await call;
    }

    public void Dispose()
    {
        Scope.Dispose();
        _host.Dispose();
    }
}
