using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.Tests.Integration;

/// <summary>With no MicrosoftAppId, unauthenticated requests are served from loopback only.</summary>
public sealed class AnonymousModeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("tyokyky-anon-").FullName;
    private readonly RecordingConnector connector = new();

    [Theory]
    [InlineData("127.0.0.1", HttpStatusCode.OK)]
    [InlineData("::1", HttpStatusCode.OK)]
    [InlineData("10.1.2.3", HttpStatusCode.Unauthorized)]
    [InlineData("", HttpStatusCode.Unauthorized)]
    public async Task Post_WithoutToken_AcceptedOnlyFromLoopback(string remoteAddress, HttpStatusCode expected)
    {
        using var app = CreateApp(remoteAddress);
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out _);
        activity["serviceUrl"] = "http://localhost:3979/_connector";

        var response = await new BotClient(app.CreateClient(), issuer: null).PostRawAsync(activity.ToJsonString(), token: null);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, connector.To(activity.ConversationId()).Count);
        if (expected == HttpStatusCode.OK)
        {
            var sent = connector.To(activity.ConversationId())[0];
            Assert.StartsWith("http://localhost:3979/_connector/v3/conversations/", sent.Uri.AbsoluteUri);
            Assert.Null(sent.Authorization);
        }
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private WebApplicationFactory<Program> CreateApp(string remoteAddress) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("MicrosoftAppId", "");
            builder.UseSetting("ConnectionStrings:Tyokyky", $"Data Source={Path.Combine(folder, "anon.db")}");
            builder.UseSetting("Database:DataFolder", folder);
            builder.ConfigureTestServices(services =>
            {
                services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => connector);
                services.AddSingleton<IStartupFilter>(new RemoteAddressFilter(remoteAddress));
            });
        });

    /// <summary>The test server has no socket: this sets the address a real connection would have.</summary>
    private sealed class RemoteAddressFilter(string address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address.Length == 0 ? null : IPAddress.Parse(address);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
