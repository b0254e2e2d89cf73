using Microsoft.Extensions.DependencyInjection.Extensions;
using TyokykyBot.Features;

namespace TyokykyBot.Commands;

public static class CommandServiceExtensions
{
    /// <summary>
    /// Registers a scoped command handler under the command it declares (keyed by its name). A
    /// command, or one of its words, that another handler already has stops start-up.
    /// </summary>
    public static IServiceCollection AddCommandHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        HandlerKeys.In<CommandKeys>(services).Add(THandler.Command, typeof(THandler));
        services.TryAddSingleton<CommandCatalog>();
        services.AddKeyedScoped(typeof(ICommandHandler), THandler.Command.Name, typeof(THandler));
        return services;
    }
}
