using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TyokykyBot.Testing;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.BotFramework.Tests.Connector;

/// <summary>
/// The real <see cref="ConnectorServiceCollectionExtensions.AddBotConnector"/> wiring with three
/// things swapped the way an app's tests would: the clock, the credential and the primary handler.
/// </summary>
internal sealed class ConnectorTestHost : IDisposable
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/tenant-1/";

    private readonly ServiceProvider _services;
    private int _tokensIssued;

    public ConnectorTestHost(
        Action<BotOptions>? bot = null, Action<ConnectorRetryOptions>? retry = null, Action<TeamsRateLimitOptions>? rateLimits = null)
    {
        Handler = new RecordingHandler(Time);
        Credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .Returns(() => new ValueTask<AccessToken>(
                new AccessToken($"token-{++_tokensIssued}", Time.GetUtcNow().AddHours(1))));

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Credential.Object);
        services.Configure<BotOptions>(o =>
        {
            o.AppId = "00000000-0000-0000-0000-0000000000aa";
            o.AppPassword = "secret";
            o.AppTenantId = "tenant-1";
            bot?.Invoke(o);
        });
        services.Configure<ConnectorRetryOptions>(o =>
        {
            o.JitterRatio = 0;
            retry?.Invoke(o);
        });
        services.Configure<TeamsRateLimitOptions>(o => rateLimits?.Invoke(o));
        services.AddBotConnector();
        services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Handler);
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));

    public Mock<TokenCredential> Credential { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public RecordingHandler Handler { get; }

    public ConnectorClient Client => _services.GetRequiredService<ConnectorClient>();

    /// <summary>Moves the fake clock in small steps until the call ends; nothing sleeps for real.</summary>
    public async Task<T> DriveAsync<T>(Task<T> call)
    {
        for (var steps = 0; !call.IsCompleted; steps++)
        {
            Assert.True(steps < 10_000, "The call never finished.");
            Time.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }

        return await call;
    }

    public void VerifyTokenFetches(Times times) =>
        Credential.Verify(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()), times);

    public void Dispose() => _services.Dispose();
}
