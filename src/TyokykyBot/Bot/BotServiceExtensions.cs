using Microsoft.Extensions.DependencyInjection.Extensions;
using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.Cards;
using TyokykyBot.Commands;
using TyokykyBot.Conversations;
using TyokykyBot.Features;
using TyokykyBot.Preferences;
using TyokykyBot.Telemetry;
using TyokykyBot.Welcome;

namespace TyokykyBot.Bot;

public static class BotServiceExtensions
{
    public static IHostApplicationBuilder AddTyokykyBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddBotFramework(builder.Configuration);
        services.AddMemoryCache(o => o.SizeLimit = 100_000);

        services.AddTyokykyMetrics();
        services.AddScoped<TyokykyActivityHandler>();
        services.AddScoped<IBot>(sp => new InstrumentedBot(
            sp.GetRequiredService<TyokykyActivityHandler>(), sp.GetRequiredService<TyokykyMetrics>(), sp.GetRequiredService<TelemetryVocabulary>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<ConversationReferenceStore>();
        services.AddScoped<UserLanguageStore>();
        services.AddScoped<TurnReplies>();
        services.AddScoped<PrivateChats>();
        services.AddScoped<CommandRouter>();
        services.AddScoped<WelcomeHandler>();
        services.AddScoped<CardActionRouter>();
        // The routers find handlers by key; the features register theirs (AddConvening(), AddConsent()…).
        HandlerKeys.In<CardVerbKeys>(services);
        HandlerKeys.In<CommandKeys>(services);
        services.TryAddSingleton<CommandCatalog>();
        services.TryAddSingleton<TelemetryVocabulary>();
        return builder;
    }
}
