using Microsoft.Extensions.DependencyInjection.Extensions;

namespace TyokykyBot.Commands;

public static class CommandServiceExtensions
{
    /// <summary>Registers a scoped command handler under the command it declares.</summary>
    public static IServiceCollection AddCommandHandler<THandler>(this IServiceCollection services)
        where THandler : class, ICommandHandler
    {
        services.TryAddSingleton<CommandHandlers>();
        services.AddSingleton(new CommandHandlerType(typeof(THandler), THandler.Command));
        services.AddScoped<THandler>();
        return services;
    }
}
