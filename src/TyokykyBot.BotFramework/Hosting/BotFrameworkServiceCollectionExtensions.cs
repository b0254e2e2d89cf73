using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TyokykyBot.BotFramework.Authentication;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// The wire protocol: options, inbound authentication, the connector, and POST /api/messages
    /// dispatching to the app's <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotOptions>()
            .Configure(options => Bind(options, configuration))
            .Validate(BotOptionsValidation.IsValid, BotOptionsValidation.Message)
            .ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<BotOptions>, AnonymousLoopbackServiceUrls>();
        services.AddOptions<TeamsRateLimitOptions>().Bind(configuration.GetSection(TeamsRateLimitOptions.Section));
        services.AddBotAuthentication();
        services.AddBotConnector();
        services.AddScoped<BotRequestHandler>();
        services.AddHostedService<AnonymousModeWarning>();
        return services;
    }

    /// <summary>The Bot Framework names operators know at the root; everything else under <c>Bot:</c>.</summary>
    private static void Bind(BotOptions options, IConfiguration configuration)
    {
        configuration.GetSection("Bot").Bind(options);
        options.AppId = configuration["MicrosoftAppId"] ?? options.AppId;
        options.AppPassword = configuration["MicrosoftAppPassword"] ?? options.AppPassword;
        options.AppTenantId = configuration["MicrosoftAppTenantId"] ?? options.AppTenantId;
        options.AppType = configuration["MicrosoftAppType"] is { Length: > 0 } type ? type : options.AppType;
    }
}
