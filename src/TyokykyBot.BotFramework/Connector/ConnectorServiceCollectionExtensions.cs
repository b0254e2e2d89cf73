using Azure.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Connector;

public static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConnectorClient"/> and what it needs. Registrations use TryAdd, so a
    /// host (or a test) that registers its own <see cref="TokenCredential"/>, <see cref="TimeProvider"/>
    /// or <see cref="IBotTokenProvider"/> first, or replaces one after, wins.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>();
        services.AddOptions<ConnectorRetryOptions>();
        services.AddOptions<TeamsRateLimitOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsRateLimitOptions>, TeamsRateLimitOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServiceUrlPolicy>();

        // Resolved only when an app id is configured: anonymous mode never builds a credential.
        services.TryAddSingleton<TokenCredential>(sp =>
            BotCredentialFactory.Create(sp.GetRequiredService<IOptions<BotOptions>>().Value)
            ?? throw new InvalidOperationException("No outbound credential in anonymous mode (MicrosoftAppId is empty)."));
        services.TryAddSingleton<IBotTokenProvider>(sp => new BotTokenProvider(
            sp.GetRequiredService<IOptions<BotOptions>>().Value.IsAnonymous ? null : sp.GetRequiredService<TokenCredential>(),
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<TeamsRateLimiter>();
        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<TeamsRateLimitHandler>();
        services.AddHttpClient<ConnectorClient>(client => client.Timeout = Timeout.InfiniteTimeSpan)
            // The default request log writes whole URLs, and conversation ids are personal data.
            .RemoveAllLoggers()
            // Redirects are not followed: a redirect could carry the request off the allow-list.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            // Inside the retries: every attempt that reaches the network is counted and spaced.
            .AddHttpMessageHandler<TeamsRateLimitHandler>();
        return services;
    }
}
