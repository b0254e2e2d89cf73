using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Integration.Resilience;

/// <summary>
/// The app with waits short enough for a test: the outbox polls and backs off in fractions of a
/// second and the connector's own backoff starts at 50 ms (a Retry-After is still honoured as sent).
/// </summary>
public sealed class ResilienceApp(
    DatabaseProvider provider = DatabaseProvider.Sqlite,
    string? connectionString = null,
    IReadOnlyDictionary<string, string?>? settings = null) : TyokykyApp(provider, connectionString)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Outbox:PollInterval", "00:00:00.200");
        builder.UseSetting("Outbox:BackoffBase", "00:00:00.200");
        builder.UseSetting("Outbox:BackoffMax", "00:00:01");
        builder.UseSetting("Outbox:JitterRatio", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.Configure<ConnectorRetryOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(50);
            o.MaxDelay = TimeSpan.FromMilliseconds(200);
        }));
    }
}
