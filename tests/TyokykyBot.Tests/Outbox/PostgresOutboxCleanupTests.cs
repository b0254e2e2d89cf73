using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>Several instances on one PostgreSQL clean up side by side without waiting on or failing each other.</summary>
public sealed class PostgresOutboxCleanupTests
{
    [SkippableFact]
    public async Task DeleteFinished_TwoInstancesAtOnce_EveryOldRowDeletedOnce()
    {
        await using var one = await OutboxTestBed.CreateAsync(DatabaseProvider.Postgres);
        await using var two = await OutboxTestBed.OnDatabaseAsync(DatabaseProvider.Postgres, one.ConnectionString);
        var rows = 4 * OutboxCleanup.BatchSize + 3;
        var old = one.Time.GetUtcNow() - TimeSpan.FromDays(8);
        await one.WithDbAsync(db =>
        {
            db.Outbox.AddRange(Enumerable.Range(0, rows).Select(i => new OutboxMessage
            {
                Id = Guid.NewGuid(),
                Kind = ScriptedHandler.DefaultKind,
                Target = "aad-" + i,
                CreatedAt = old,
                NextAttemptAt = old,
                Outcome = i % 2 == 0 ? OutboxOutcomes.Sent : OutboxOutcomes.Failed,
                CompletedAt = old,
            }));
            return db.SaveChangesAsync();
        });

        var deleted = await Task.WhenAll(
            one.Services.GetRequiredService<OutboxCleanup>().DeleteFinishedAsync(CancellationToken.None),
            two.Services.GetRequiredService<OutboxCleanup>().DeleteFinishedAsync(CancellationToken.None));

        Assert.Equal(rows, deleted.Sum());
        Assert.Equal(0, await one.WithDbAsync(db => db.Outbox.CountAsync()));
    }
}
