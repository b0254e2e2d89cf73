using Azure.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using TyokykyBot.BotFramework.Authentication;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.Data;
using TyokykyBot.Testing;

namespace TyokykyBot.Tests.Integration;

/// <summary>
/// The real app behind its real HTTP pipeline, with a bot identity, a local issuer whose OpenID
/// metadata it serves, a recording fake connector, and its own database (SQLite file or PostgreSQL).
/// </summary>
public class TyokykyApp : WebApplicationFactory<Program>
{
    public const string AppId = "3f9d7c2e-5a1b-4c8d-9e0f-1a2b3c4d5e6f";
    public const string TenantId = "9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/" + TenantId + "/";
    public const string ChannelMetadataUrl = "https://login.botframework.test/v1/.well-known/openidconfiguration";
    private const string ChannelKeysUrl = "https://login.botframework.test/v1/.well-known/keys";
    private const string EntraMetadataUrl = "https://login.microsoftonline.test/" + TenantId + "/v2.0/.well-known/openid-configuration";
    private const string EntraKeysUrl = "https://login.microsoftonline.test/" + TenantId + "/discovery/v2.0/keys";

    private static readonly TestSigningKey SharedKey = new("integration-key", ["msteams"]);
    private readonly string databaseFolder = Directory.CreateTempSubdirectory("tyokyky-it-").FullName;
    private readonly Lazy<string> connectionString;

    public TyokykyApp() : this(DatabaseProvider.Sqlite)
    {
    }

    protected TyokykyApp(DatabaseProvider provider) : this(provider, connectionString: null)
    {
    }

    /// <summary>On <paramref name="connectionString"/> when given (another app's database, as after a restart), else on a fresh one.</summary>
    protected TyokykyApp(DatabaseProvider provider, string? connectionString)
    {
        Provider = provider;
        Issuer = new TestIssuer(TimeProvider.System, SharedKey);
        Metadata.ServeIssuer(Issuer, ChannelMetadataUrl, ChannelKeysUrl);
        Metadata.ServeIssuer(Issuer, EntraMetadataUrl, EntraKeysUrl, TestIssuer.EntraV2Issuer(TenantId));
        // Made when the app first starts, inside a test: a PostgreSQL app without TYOKYKY_TEST_POSTGRES
        // then skips the test instead of failing its class fixture.
        this.connectionString = new(() => connectionString ?? (provider == DatabaseProvider.Postgres
            ? TestPostgres.CreateDatabase()
            : $"Data Source={Path.Combine(databaseFolder, "tyokyky.db")}"));
    }

    /// <summary>A fixed test key (32 bytes), never used outside tests.</summary>
    public const string EncryptionKey = "dGVzdC1vbmx5LWtleS10eW9reWt5Ym90LTMyYnl0ZXM=";

    public DatabaseProvider Provider { get; }

    public string ConnectionString => connectionString.Value;

    public TestIssuer Issuer { get; }

    public TestMetadataHandler Metadata { get; } = new();

    public RecordingConnector Connector { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public string DatabaseFile => Path.Combine(databaseFolder, "tyokyky.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("MicrosoftAppType", "SingleTenant");
        builder.UseSetting("MicrosoftAppId", AppId);
        builder.UseSetting("MicrosoftAppTenantId", TenantId);
        builder.UseSetting("MicrosoftAppPassword", "integration-test-only");
        builder.UseSetting("Bot:ChannelOpenIdMetadataUrl", ChannelMetadataUrl);
        builder.UseSetting("Bot:EntraOpenIdMetadataUrl", EntraMetadataUrl);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Tyokyky", ConnectionString);
        builder.UseSetting("Encryption:Key", EncryptionKey);
        // appsettings.json's Default (Information) would otherwise hide the app's Debug lines from Logs.
        builder.UseSetting("Logging:LogLevel:TyokykyBot", "Debug");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TokenCredential>(new StaticTokenCredential("connector-token"));
            services.AddHttpClient(BotTokenValidator.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Metadata);
            services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => Connector);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                Directory.Delete(databaseFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open on some platforms; the temp folder is cleaned by the OS.
            }
        }
    }
}
