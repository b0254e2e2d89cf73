using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Graph;
using TyokykyBot.Tests.Graph;
using TyokykyBot.Tests.Meetings.Calendar;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>The app with the Graph calendar, talking to an in-process fake Graph that records every request.</summary>
public class GraphTyokykyApp : TyokykyApp
{
    public FakeGraph Graph { get; } = new(TimeProvider.System);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Graph:Enabled", "true");
        builder.UseSetting("Graph:BaseUrl", "https://graph.test/v1.0");
        builder.UseSetting("Calendar:Provider", "Graph");
        builder.UseSetting("Teams:CatalogAppId", "catalog-app-id");
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new GraphCredential(new StaticTokenCredential("graph-token"), TimeProvider.System));
            services.AddHttpClient(GraphServiceExtensions.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => Graph);
        });
    }
}
