using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>Several instances on one PostgreSQL: each message is handled by exactly one of them.</summary>
public sealed class PostgresOutboxConcurrencyTests
{
    private const int Messages = 200;

    [SkippableFact]
    public async Task DispatchDue_TwoInstancesOnOneDatabase_EachMessageHandledExactlyOnce()
    {
        var settings = new Dictionary<string, string?> { ["Outbox:BatchSize"] = "7" };
        await using var one = await OutboxTestBed.CreateAsync(DatabaseProvider.Postgres, settings);
        await using var two = await OutboxTestBed.OnDatabaseAsync(DatabaseProvider.Postgres, one.ConnectionString, settings);
        await using (var scope = one.Services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            for (var i = 0; i < Messages; i++)
            {
                writer.Enqueue(ScriptedHandler.DefaultKind, "aad-" + i);
            }

            await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().SaveChangesAsync();
        }

        var handled = new ConcurrentDictionary<Guid, int>();
        foreach (var bed in new[] { one, two })
        {
            bed.Handler.Respond = async (m, _) =>
            {
                handled.AddOrUpdate(m.Id, 1, (_, n) => n + 1);
                await Task.Delay(2);
                return OutboxHandlerResult.Done;
            };
        }

        var start = new TaskCompletionSource();
        var runs = new[] { one, two }.Select(bed => Task.Run(async () =>
        {
            await start.Task;
            return await bed.DrainAsync();
        })).ToArray();
        start.SetResult();
        await Task.WhenAll(runs);

        Assert.Equal(Messages, handled.Count);
        Assert.All(handled.Values, n => Assert.Equal(1, n));
        Assert.True(one.Handler.Handled.Count > 0 && two.Handler.Handled.Count > 0, "Both instances should have taken part.");
        Assert.Equal(Messages, await one.WithDbAsync(db => db.Outbox.CountAsync(m => m.Outcome == OutboxOutcomes.Sent)));
    }
}
