using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using TyokykyBot.Bench.Fakes;
using TyokykyBot.Bench.Servers;

namespace TyokykyBot.Bench.Scenarios;

/// <summary>
/// TyokykyBot as it runs in Azure, on loopback: a user-assigned managed identity (tokens from the
/// fake App Service identity endpoint), Bot Framework JWT validation against the fake OpenID
/// metadata, the Graph calendar against the fake Graph, the benchmark's seed directory.
/// </summary>
internal sealed class BotUnderTest(BenchFakes fakes, BotDatabase database, string botFolder, string seedsFolder, int port)
{
    public const string AppId = "7d0c7a52-2b7e-4f43-9c71-5b0b8f3e1a01";

    /// <summary>The bot's key at rest; the bench needs it to recognise people by their pseudonyms in the outbox.</summary>
    internal static readonly string EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly HttpClient http = new() { Timeout = TimeSpan.FromSeconds(60) };

    public BotDatabase Database => database;

    public string MessagesUrl => $"http://127.0.0.1:{port}/api/messages";

    /// <summary>A Bot Connector token for the fake connector's service URL; valid for an hour.</summary>
    public string Token() => fakes.Issuer.CreateChannelToken(AppId, fakes.BaseUrl);

    /// <param name="tenantLimitLifted">
    /// True for the interactive scenarios: the loopback connector stands for the whole of Teams, so
    /// the per-tenant cap (50/s) is raised out of the way; the per-conversation limits stay on.
    /// </param>
    public ServerSpec Spec(string name, bool tenantLimitLifted)
    {
        var spec = new ServerSpec(name, "dotnet", [Path.Combine(botFolder, "TyokykyBot.dll")], botFolder, port);
        var env = spec.Environment;
        env["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        env["ASPNETCORE_ENVIRONMENT"] = "Production";
        env["DOTNET_ENVIRONMENT"] = "Production";
        env["Logging__LogLevel__Default"] = "Warning";
        env["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning";
        env["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning";
        env["MicrosoftAppType"] = "UserAssignedMSI";
        env["MicrosoftAppId"] = AppId;
        env["MicrosoftAppTenantId"] = fakes.TenantId;
        env["Bot__ChannelOpenIdMetadataUrl"] = fakes.ChannelMetadataUrl;
        env["Bot__EntraOpenIdMetadataUrl"] = fakes.EntraMetadataUrl;
        env["Bot__TrustedServiceUrls__0"] = fakes.BaseUrl;
        env["IDENTITY_ENDPOINT"] = fakes.ManagedIdentityEndpoint;
        env["IDENTITY_HEADER"] = BenchFakes.IdentityHeader;
        env["Encryption__Key"] = EncryptionKey;
        env["Seeds__Folder"] = seedsFolder;
        env["Graph__Enabled"] = "true";
        env["Graph__BaseUrl"] = fakes.GraphBaseUrl;
        env["Calendar__Provider"] = "Graph";
        env["Teams__CatalogAppId"] = "bench-catalog-app";
        if (tenantLimitLifted)
        {
            env["Bot__RateLimits__TenantLimit"] = "1000000";
        }

        database.AddEnvironment(env);
        return spec;
    }

    /// <summary>Posts one activity as the channel would; returns the status and body.</summary>
    public async Task<(int Status, string Body)> PostAsync(JsonObject activity, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl)
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
