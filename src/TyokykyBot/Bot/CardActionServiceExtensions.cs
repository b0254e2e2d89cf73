using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TyokykyBot.Bot;

public static class CardActionServiceExtensions
{
    /// <summary>Registers a scoped card action handler under the verbs it declares.</summary>
    public static IServiceCollection AddCardActionHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICardActionHandler
    {
        services.TryAddSingleton<CardActionHandlers>();
        services.TryAddScoped<SharedConversationGuard>();
        services.AddSingleton(new CardActionHandlerType(typeof(THandler), THandler.Verbs));
        services.AddScoped<THandler>();
        return services;
    }
}
