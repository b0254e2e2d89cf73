using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Outbox;

public static class OutboxServiceExtensions
{
    /// <summary>
    /// The writer, the wake-up signal, the dispatcher and the cleanup of finished messages (hosted
    /// services that do nothing when <c>Outbox:Enabled</c> is false). Handlers are registered by the features:
    /// <c>services.AddScoped&lt;IOutboxHandler, TheirHandler&gt;()</c>. Needs <c>AddTyokykyData</c> and <c>AddFieldProtection</c>.
    /// </summary>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection(OutboxOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.AddTyokykyMetrics();
        services.TryAddSingleton<OutboxAddresses>();
        services.TryAddScoped<OutboxWriter>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.TryAddSingleton<OutboxCleanup>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxCleanup>());
        return builder;
    }
}
