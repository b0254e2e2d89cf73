using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using GraphServiceClient = Microsoft.Graph.GraphServiceClient;
using TyokykyBot.BotFramework;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Graph;

public static class GraphServiceExtensions
{
    /// <summary>The named HttpClient behind <see cref="GraphServiceClient"/>; tests give it a fake Graph.</summary>
    public const string HttpClientName = "Graph";

    /// <summary>
    /// <see cref="IAppInstaller"/>: <see cref="LocalAppInstaller"/> unless <c>Graph:Enabled</c> is true,
    /// then <see cref="GraphAppInstaller"/> calling Graph as the bot's own identity, and a transient
    /// <see cref="GraphServiceClient"/> over the "Graph" HttpClient for any feature that calls Graph.
    /// </summary>
    public static IHostApplicationBuilder AddGraphServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .Validate(GraphOptions.IsValid, "Graph:BaseUrl must be an absolute http(s) URL, and the retry settings not negative.")
            .ValidateOnStart();
        services.AddOptions<TeamsAppOptions>().BindConfiguration(TeamsAppOptions.Section);

        var enabled = builder.Configuration.GetSection(GraphOptions.Section).GetValue<bool>(nameof(GraphOptions.Enabled));
        if (!enabled)
        {
            services.AddSingleton<IAppInstaller, LocalAppInstaller>();
            return builder;
        }

        AddGraphClient(services);
        return builder;
    }

    /// <summary>
    /// Apart, and never inlined, so that a local run (Graph off) does not load the Graph SDK's
    /// assemblies at all: compiling the caller would otherwise resolve the SDK's types.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddGraphClient(IServiceCollection services)
    {
        services.AddOptions<TeamsAppOptions>()
            .Validate(o => !string.IsNullOrWhiteSpace(o.CatalogAppId), "Graph:Enabled needs Teams:CatalogAppId, the app's id in the org catalog.")
            .ValidateOnStart();
        services.AddOptions<BotOptions>()
            .Validate(GraphCredentialFactory.CanCreate, GraphCredentialFactory.Unsupported)
            .ValidateOnStart();
        services.TryAddSingleton(sp => new GraphCredential(
            GraphCredentialFactory.Create(sp.GetRequiredService<IOptions<BotOptions>>().Value),
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddTransient<GraphRetryHandler>();
        services.TryAddTransient<GraphRedirectRefusal>();
        services.AddTyokykyMetrics();
        services.AddHttpClient(HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // A redirect would carry the bearer token wherever Graph pointed.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<GraphRedirectRefusal>()
            .AddHttpMessageHandler<GraphTelemetryHandler>()
            .AddHttpMessageHandler<GraphRetryHandler>()
            // The factory's own request logging writes the URL, and the URL holds the user id.
            .RemoveAllLoggers();
        services.TryAddSingleton<GraphAuthenticationProvider>();
        // Transient, like the HttpClient under it: the factory rotates its handlers, and nothing is
        // built at start-up. Passing our HttpClient keeps the SDK's own middleware (its retry,
        // redirect and compression handlers) out: ours retries on the injected clock, once per answer.
        services.TryAddTransient(sp => new GraphServiceClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<GraphAuthenticationProvider>(),
            sp.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl.TrimEnd('/')));
        services.AddTransient<IAppInstaller, GraphAppInstaller>();
    }
}
