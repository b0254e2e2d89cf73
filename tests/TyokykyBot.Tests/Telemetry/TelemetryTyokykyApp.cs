using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TyokykyBot.Tests.Integration.Flows;

namespace TyokykyBot.Tests.Telemetry;

/// <summary>The app with the Graph calendar on a fake Graph, its traces and metrics exported to memory.</summary>
public sealed class TelemetryTyokykyApp : GraphTyokykyApp
{
    public List<Activity> Spans { get; } = [];

    public List<MetricSnapshot> Metrics { get; } = [];

    /// <summary>Collects the metrics now (the periodic reader would wait a minute) and returns the snapshots.</summary>
    public IReadOnlyList<MetricSnapshot> FlushMetrics()
    {
        Assert.True(Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
        lock (Metrics)
        {
            return [.. Metrics];
        }
    }

    public IReadOnlyList<Activity> ExportedSpans()
    {
        lock (Spans)
        {
            return [.. Spans];
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new SimpleActivityExportProcessor(new LockedExporter(Spans))));
            services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Metrics));
        });
    }

    /// <summary>The in-memory exporter's list is not thread-safe, and the outbox ends spans on its own thread.</summary>
    private sealed class LockedExporter(List<Activity> spans) : BaseExporter<Activity>
    {
        public override ExportResult Export(in Batch<Activity> batch)
        {
            lock (spans)
            {
                foreach (var span in batch)
                {
                    spans.Add(span);
                }
            }

            return ExportResult.Success;
        }
    }
}
