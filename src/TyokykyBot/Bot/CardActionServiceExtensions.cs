using Microsoft.Extensions.DependencyInjection.Extensions;
using TyokykyBot.Features;

namespace TyokykyBot.Bot;

public static class CardActionServiceExtensions
{
    /// <summary>
    /// Registers a scoped card action handler under each verb it declares (keyed by the verb, so a
    /// click constructs only its own handler). A verb another handler already owns stops start-up.
    /// </summary>
    public static IServiceCollection AddCardActionHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICardActionHandler
    {
        var verbs = HandlerKeys.In<CardVerbKeys>(services);
        services.TryAddScoped<SharedConversationGuard>();
        services.TryAddScoped<THandler>();
        foreach (var verb in THandler.Verbs)
        {
            verbs.Add(verb, typeof(THandler), THandler.SharedConversationVerbs.Contains(verb));
            services.AddKeyedScoped(typeof(ICardActionHandler), verb, (sp, _) => sp.GetRequiredService<THandler>());
        }

        return services;
    }
}
