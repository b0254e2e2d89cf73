using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TyokykyBot.Data;

namespace TyokykyBot.Outbox;

/// <summary>
/// Deletes finished messages (Sent or Failed) once they finished more than
/// <see cref="OutboxOptions.RetainFinished"/> ago: past that they only fill the table. Runs where
/// the dispatcher runs, at start and then hourly, in batches of one statement each, so SQLite's
/// other writers get the write gate between batches. Finished rows are never written again, so
/// nothing but another instance's cleanup competes for them.
/// </summary>
public sealed class OutboxCleanup(
    IServiceScopeFactory scopes, TimeProvider timeProvider, IOptions<OutboxOptions> options, ILogger<OutboxCleanup> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    internal const int BatchSize = 500;

    /// <summary>One cleanup: deletes batch after batch until none is full. Returns how many rows went.</summary>
    public async Task<int> DeleteFinishedAsync(CancellationToken cancellationToken)
    {
        var retain = options.Value.RetainFinished;
        var before = timeProvider.GetUtcNow() - retain;
        int total = 0, deleted;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
            deleted = await DeleteBatchAsync(db, before, cancellationToken);
            total += deleted;
        }
        while (deleted == BatchSize);

        if (total > 0)
        {
            OutboxLog.Cleaned(logger, total, retain);
        }

        return total;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await Task.Yield();
        using var timer = new PeriodicTimer(Interval, timeProvider);
        try
        {
            do
            {
                try
                {
                    await DeleteFinishedAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The database is unreachable or similar; the rows wait for the next round.
                    OutboxLog.CleanupFailed(logger, ex.GetType().Name, Interval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// On PostgreSQL the batch skips rows another instance's cleanup has locked, so two instances
    /// never wait on each other; SQLite has one writer, and the statement takes the write gate.
    /// </summary>
    private static Task<int> DeleteBatchAsync(TyokykyDbContext db, DateTimeOffset before, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlAsync($"""
                DELETE FROM "Outbox" WHERE "Id" IN (
                    SELECT "Id" FROM "Outbox"
                    WHERE "Outcome" IS NOT NULL AND "CompletedAt" < {before}
                    LIMIT {BatchSize}
                    FOR UPDATE SKIP LOCKED)
                """, cancellationToken)
            : db.Outbox.Where(m => m.Outcome != null && m.CompletedAt < before).Take(BatchSize).ExecuteDeleteAsync(cancellationToken);
}
