using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Graph;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>
/// The Graph calendar as the app registers it (AddGraphServices, then AddCalendar with
/// Calendar:Provider=Graph), a fake Graph behind the shared "Graph" HttpClient, and a test clock.
/// </summary>
public sealed class GraphCalendarHost : IDisposable
{
    public const string BaseUrl = "http://graph.test/v1.0";
    public const string Organizer = "aino.virtanen@contoso.fi";

    private readonly IHost _host;

    public GraphCalendarHost()
    {
        Graph = new FakeGraph(Clock);
        Credential = new CountingTokenCredential(Clock);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Graph:Enabled"] = "true",
            ["Graph:BaseUrl"] = BaseUrl,
            ["Teams:CatalogAppId"] = "app-1",
            ["Calendar:Provider"] = "Graph",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(new GraphCredential(Credential, Clock));
        builder.AddGraphServices();
        builder.AddCalendar();
        builder.Services.AddHttpClient(GraphServiceExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Graph);
        _host = builder.Build();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));

    public FakeGraph Graph { get; }

    public CountingTokenCredential Credential { get; }

    public CapturingLoggerProvider Logs { get; } = new();

    public ICalendar Calendar => _host.Services.GetRequiredService<ICalendar>();

    public IOnlineMeetingPrivacy Privacy => _host.Services.GetRequiredService<IOnlineMeetingPrivacy>();

    /// <summary>Runs the call while moving the clock on in 100 ms steps, so retry waits pass without sleeping.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call)
    {
        var running = call();
        for (var step = 0; !running.IsCompleted; step++)
        {
            Assert.True(step < 20_000, "The call did not finish within 2000 s on the test clock.");
            Clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        return await running;
    }

    public void Dispose() => _host.Dispose();
}
