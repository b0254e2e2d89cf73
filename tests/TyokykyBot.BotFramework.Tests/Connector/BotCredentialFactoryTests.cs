using System.Net;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class BotCredentialFactoryTests
{
    private const string AppId = "00000000-0000-0000-0000-0000000000aa";

    [Fact]
    public void Create_EmptyAppId_ReturnsNoCredential() =>
        Assert.Null(BotCredentialFactory.Create(new BotOptions { AppId = "", AppPassword = "secret" }));

    [Fact]
    public void Create_UserAssignedMsi_ReturnsManagedIdentityCredential() =>
        Assert.IsType<ManagedIdentityCredential>(
            BotCredentialFactory.Create(new BotOptions { AppType = "UserAssignedMSI", AppId = AppId, AppTenantId = "tenant-1" }));

    [Fact]
    public void Create_UnknownAppType_Throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            BotCredentialFactory.Create(new BotOptions { AppType = "Federated", AppId = AppId, AppPassword = "secret" }));

    [Fact]
    public void Create_SingleTenantWithoutTenant_Throws() =>
        Assert.Throws<InvalidOperationException>(() =>
            BotCredentialFactory.Create(new BotOptions { AppType = "SingleTenant", AppId = AppId, AppPassword = "secret" }));

    [Theory]
    [InlineData("SingleTenant", "https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token")]
    [InlineData("MultiTenant", "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    public async Task Create_ClientSecretAppType_AsksTheRightTenantForTheBotFrameworkScope(string appType, string tokenUrl)
    {
        var seen = new List<(string Url, string Body)>();
        var credential = BotCredentialFactory.Create(
            new BotOptions { AppType = appType, AppId = AppId, AppPassword = "secret", AppTenantId = "tenant-1" },
            o =>
            {
                o.Transport = new HttpClientTransport(new HttpClient(new TokenEndpointStub(seen)));
                o.Retry.MaxRetries = 0;
                ((ClientSecretCredentialOptions)o).DisableInstanceDiscovery = true;
            });

        Assert.IsType<ClientSecretCredential>(credential);
        var token = await credential!.GetTokenAsync(new TokenRequestContext([BotTokenProvider.Scope]), CancellationToken.None);

        Assert.Equal("stub-token", token.Token);
        var call = Assert.Single(seen, s => s.Url.Contains("/token", StringComparison.Ordinal));
        Assert.Equal(tokenUrl, call.Url);
        Assert.Contains("client_id=" + AppId, call.Body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", call.Body, StringComparison.Ordinal);
    }

    /// <summary>Answers Entra's token endpoint, recording what MSAL asked.</summary>
    private sealed class TokenEndpointStub(List<(string Url, string Body)> seen) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            seen.Add((request.RequestUri!.GetLeftPart(UriPartial.Path), body));
            const string json = """{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"stub-token"}""";
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}
