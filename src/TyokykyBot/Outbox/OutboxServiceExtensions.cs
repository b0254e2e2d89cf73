using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TyokykyBot.Features;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Outbox;

public static class OutboxServiceExtensions
{
    /// <summary>
    /// The writer, the wake-up signal, the dispatcher and the cleanup of finished messages (hosted
    /// services that do nothing when <c>Outbox:Enabled</c> is false). Handlers are registered by the features
    /// with <see cref="AddOutboxHandler{THandler}"/>. Needs <c>AddTyokykyData</c> and <c>AddFieldProtection</c>.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        HandlerKeys.In<OutboxKindKeys>(services);
        services.AddTyokykyMetrics();
        services.TryAddSingleton<OutboxAddresses>();
        services.TryAddScoped<OutboxWriter>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.TryAddSingleton<OutboxCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxCleanup>());
        return builder;
    }

    /// <summary>
    /// Registers the feature's handler for one outbox kind: scoped, keyed by the kind, so the
    /// dispatcher constructs only the handler a message needs. A kind already registered stops start-up.
    /// </summary>
    public static IServiceCollection AddOutboxHandler<THandler>(this IServiceCollection services, string kind)
        where THandler : class, IOutboxHandler
    {
        HandlerKeys.In<OutboxKindKeys>(services).Add(kind, typeof(THandler));
        services.AddKeyedScoped<IOutboxHandler, THandler>(kind);
        return services;
    }

    /// <summary>As <see cref="AddOutboxHandler{THandler}(IServiceCollection, string)"/>, with the handler made by <paramref name="create"/>.</summary>
    public static IServiceCollection AddOutboxHandler(this IServiceCollection services, string kind, Type owner, Func<IServiceProvider, IOutboxHandler> create)
    {
        HandlerKeys.In<OutboxKindKeys>(services).Add(kind, owner);
        services.AddKeyedScoped(kind, (sp, _) => create(sp));
        return services;
    }
}
