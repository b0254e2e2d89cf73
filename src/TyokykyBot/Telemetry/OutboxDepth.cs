using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;

namespace TyokykyBot.Telemetry;

/// <summary>
/// Pending outbox rows for the depth gauge. Read only when the metrics are collected (the exporter's
/// thread, never a request) and at most every <see cref="MaxAge"/>; between reads the last count stands.
/// </summary>
public sealed class OutboxDepth(IServiceScopeFactory scopes, TimeProvider timeProvider, ILogger<OutboxDepth> logger)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(5);

    private readonly Lock gate = new();
    private long? depth;
    private DateTimeOffset readAt = DateTimeOffset.MinValue;

    public IEnumerable<Measurement<long>> Observe()
    {
        lock (gate)
        {
            var now = timeProvider.GetUtcNow();
            if (now - readAt >= MaxAge)
            {
                readAt = now;
                depth = Count();
            }

            return depth is { } value ? [new Measurement<long>(value)] : [];
        }
    }

    private long? Count()
    {
        try
        {
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetService<TyokykyDbContext>();
            return db?.Outbox.AsNoTracking().LongCount(m => m.Outcome == null);
        }
        catch (Exception ex)
        {
            TelemetryLog.DepthUnreadable(logger, ex.GetType().Name);
            return null;
        }
    }
}
