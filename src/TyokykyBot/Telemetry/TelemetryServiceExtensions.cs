using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace TyokykyBot.Telemetry;

public static class TelemetryServiceExtensions
{
    /// <summary>The standard variable the Azure tooling sets on an App Service linked to Application Insights.</summary>
    public const string ConnectionStringVariable = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    public const string ConnectionStringKey = "Telemetry:ApplicationInsightsConnectionString";

    /// <summary>
    /// Traces and metrics of the app's own source and meter, always collected; exported to
    /// Application Insights when a connection string is configured. No framework instrumentation
    /// is added: its URL, header and query attributes would carry conversation and user ids.
    /// </summary>
    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTyokykyMetrics();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(TyokykyTelemetry.Name))
            .WithTracing(tracing => tracing.AddSource(TyokykyTelemetry.Name))
            .WithMetrics(metrics => metrics.AddMeter(TyokykyTelemetry.Name));

        var connectionString = ConnectionString(builder.Configuration);
        if (connectionString is not null)
        {
            telemetry
                .WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = connectionString))
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = connectionString));
        }

        return builder;
    }

    /// <summary>The instruments alone, for the features that record on them; safe to call more than once.</summary>
    public static IServiceCollection AddTyokykyMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxDepth>();
        services.TryAddSingleton<TyokykyMetrics>();
        services.TryAddTransient<GraphTelemetryHandler>();
        return services;
    }

    internal static string? ConnectionString(IConfiguration configuration) =>
        new[] { configuration[ConnectionStringVariable], configuration[ConnectionStringKey] }
            .FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
