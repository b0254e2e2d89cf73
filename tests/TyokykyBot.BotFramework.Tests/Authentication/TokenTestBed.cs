using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.BotFramework.Authentication;
using TyokykyBot.Testing;

namespace TyokykyBot.BotFramework.Tests.Authentication;

/// <summary>A validator wired as the app wires it, with both issuers served from memory and a fake clock.</summary>
internal sealed class TokenTestBed
{
    public const string AppId = "9f3c5d7e-1111-4a2b-9c3d-0123456789ab";
    public const string TenantId = "7a1b2c3d-2222-4e5f-8a9b-abcdefabcdef";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/7a1b2c3d-2222-4e5f-8a9b-abcdefabcdef/";
    public const string ChannelMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    public const string ChannelJwksUrl = "https://login.botframework.test/v1/.well-known/keys";
    public const string EntraMetadataUrl = "https://login.entra.test/tenant/v2.0/.well-known/openid-configuration";
    public const string EntraJwksUrl = "https://login.entra.test/tenant/discovery/v2.0/keys";

    // RSA key generation dominates test time; the keys are immutable, so every bed shares them.
    private static readonly TestSigningKey ChannelKey = new("channel-key-1", ["msteams", "webchat"]);
    private static readonly TestSigningKey EntraKey = new("entra-key-1", []);

    public TokenTestBed(Action<BotOptions>? configure = null)
    {
        Channel = new TestIssuer(Time, ChannelKey);
        Entra = new TestIssuer(Time, EntraKey);
        Metadata.ServeIssuer(Channel, ChannelMetadataUrl, ChannelJwksUrl);
        Metadata.ServeIssuer(Entra, EntraMetadataUrl, EntraJwksUrl, TestIssuer.EntraV2Issuer(TenantId));

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        services.Configure<BotOptions>(options =>
        {
            options.AppId = AppId;
            options.AppTenantId = TenantId;
            options.ChannelOpenIdMetadataUrl = ChannelMetadataUrl;
            options.EntraOpenIdMetadataUrl = EntraMetadataUrl;
            configure?.Invoke(options);
        });
        services.AddBotAuthentication();
        services.AddHttpClient(BotTokenValidator.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Metadata);
        Services = services.BuildServiceProvider();
        Validator = Services.GetRequiredService<IBotTokenValidator>();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public TestMetadataHandler Metadata { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public TestIssuer Channel { get; }

    public TestIssuer Entra { get; }

    public ServiceProvider Services { get; }

    public IBotTokenValidator Validator { get; }

    public Task<BotTokenValidationResult> ValidateAsync(string token) =>
        Validator.ValidateAsync($"Bearer {token}", CancellationToken.None);

    public TestToken ChannelToken() => Channel.ChannelToken(AppId, ServiceUrl);

    public TestToken EntraToken(bool v1 = false) => Entra.EntraToken(AppId, TenantId, v1);
}
