using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Graph;
using TyokykyBot.Tests.People.Graph;

namespace TyokykyBot.Tests.Integration;

/// <summary>The app with <c>Directory:Provider=Graph</c>, its people in an in-process fake Graph directory.</summary>
public sealed class GraphDirectoryTyokykyApp : TyokykyApp
{
    public const string HandlerGroup = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

    public FakeDirectoryGraph Graph { get; } = new(TimeProvider.System);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Graph:Enabled", "true");
        builder.UseSetting("Graph:BaseUrl", "http://graph.test/v1.0");
        builder.UseSetting("Teams:CatalogAppId", "catalog-app-id");
        builder.UseSetting("Directory:Provider", "Graph");
        builder.UseSetting("Directory:Groups:health-data-handler", HandlerGroup);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new GraphCredential(new StaticTokenCredential("graph-token"), TimeProvider.System));
            services.AddHttpClient(GraphServiceExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Graph);
        });
    }
}
