using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using TyokykyBot.Testing;

namespace TyokykyBot.Bench.Fakes;

/// <summary>
/// Everything the bot talks to, on one loopback port: the Bot Framework's OpenID metadata and keys
/// (tokens signed by <see cref="Issuer"/>), Entra's, an App Service managed-identity token endpoint
/// (the bot runs as a user-assigned managed identity), the connector and Graph.
/// </summary>
internal sealed class BenchFakes : IAsyncDisposable
{
    public const string IdentityHeader = "bench-identity-header";

    private readonly WebApplication app;

    private BenchFakes(WebApplication app, TestIssuer issuer, string tenantId, FakeConnector connector, FakeGraph graph)
    {
        this.app = app;
        Issuer = issuer;
        TenantId = tenantId;
        Connector = connector;
        Graph = graph;
    }

    public TestIssuer Issuer { get; }

    public string TenantId { get; }

    public FakeConnector Connector { get; }

    public FakeGraph Graph { get; }

    /// <summary>With a trailing slash, as Teams sends serviceUrl.</summary>
    public string BaseUrl { get; private set; } = "";

    public string ChannelMetadataUrl => BaseUrl + "openid/channel/.well-known/openidconfiguration";

    public string EntraMetadataUrl => BaseUrl + "openid/entra/v2.0/.well-known/openid-configuration";

    public string ManagedIdentityEndpoint => BaseUrl + "msi/token";

    public string GraphBaseUrl => BaseUrl + "graph/v1.0";

    public static async Task<BenchFakes> StartAsync(string tenantId)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetTempPath() });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new TestIssuer(TimeProvider.System, "bench-key", "msteams");
        var fakes = new BenchFakes(app, issuer, tenantId, new FakeConnector(), new FakeGraph());
        fakes.Map();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fakes.BaseUrl = address.TrimEnd('/') + "/";
        return fakes;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Map()
    {
        app.MapGet("/openid/channel/.well-known/openidconfiguration", () =>
            Results.Text(Issuer.OpenIdConfigurationJson(BaseUrl + "openid/keys"), "application/json"));
        app.MapGet("/openid/entra/v2.0/.well-known/openid-configuration", () =>
            Results.Text(Issuer.OpenIdConfigurationJson(BaseUrl + "openid/keys", TestIssuer.EntraV2Issuer(TenantId)), "application/json"));
        app.MapGet("/openid/keys", () => Results.Text(Issuer.JwksJson(), "application/json"));

        // App Service's managed identity endpoint (api-version 2019-08-01), which Azure.Identity's
        // ManagedIdentityCredential calls when IDENTITY_ENDPOINT and IDENTITY_HEADER are set.
        app.MapGet("/msi/token", (HttpContext context) =>
        {
            if (context.Request.Headers["X-IDENTITY-HEADER"] != IdentityHeader)
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }

            var resource = context.Request.Query["resource"].ToString();
            return Results.Json(new Dictionary<string, string>
            {
                ["access_token"] = "bench-outbound-token-" + Guid.NewGuid().ToString("N"),
                ["expires_on"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["resource"] = resource,
                ["token_type"] = "Bearer",
                ["client_id"] = context.Request.Query["client_id"].ToString(),
            });
        });

        Connector.Map(app);
        Graph.Map(app);
    }
}
