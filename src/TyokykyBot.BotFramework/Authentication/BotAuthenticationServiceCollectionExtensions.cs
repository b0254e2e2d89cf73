using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TyokykyBot.BotFramework.Authentication;

public static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IBotTokenValidator"/> as a singleton (it owns the key caches) and the
    /// named metadata HttpClient. <see cref="BotOptions"/> must be bound by the app.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>();
        services.AddHttpClient(BotTokenValidator.HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBotTokenValidator, BotTokenValidator>();
        return services;
    }
}
