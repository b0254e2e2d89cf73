using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>Messages run side by side, at most Outbox:Concurrency at once, one target's strictly in order.</summary>
public sealed class OutboxConcurrencyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_ManyMessagesSeveralTargets_EachTargetInOrderNoneTwiceWithinConcurrency(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(
            provider, new Dictionary<string, string?> { ["Outbox:Concurrency"] = "4", ["Outbox:BatchSize"] = "100" });
        var enqueued = await EnqueueAsync(bed, Enumerable.Range(0, 60).Select(i => "aad-" + (i % 6)));
        var order = new ConcurrentDictionary<string, ConcurrentQueue<Guid>>();
        var handled = new ConcurrentDictionary<Guid, int>();
        var now = 0;
        var most = 0;
        bed.Handler.Respond = async (m, _) =>
        {
            var running = Interlocked.Increment(ref now);
            InterlockedMax(ref most, running);
            order.GetOrAdd(m.Target, _ => new()).Enqueue(m.Id);
            handled.AddOrUpdate(m.Id, 1, (_, n) => n + 1);
            await Task.Delay(Random.Shared.Next(0, 6));
            Interlocked.Decrement(ref now);
            return OutboxHandlerResult.Done;
        };

        await bed.DrainAsync();

        foreach (var (target, ids) in enqueued)
        {
            Assert.Equal(ids, order[target]);
        }

        Assert.Equal(60, handled.Count);
        Assert.All(handled.Values, n => Assert.Equal(1, n));
        Assert.InRange(most, 2, 4);
        Assert.Equal(60, await bed.WithDbAsync(db => db.Outbox.CountAsync(m => m.Outcome == OutboxOutcomes.Sent)));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_SlowMessageForOneTarget_OtherTargetSentMeanwhile(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var slow = await bed.EnqueueAsync(target: "aad-a");
        var fast = await bed.EnqueueAsync(target: "aad-b");
        var release = new TaskCompletionSource();
        bed.Handler.Respond = async (m, _) =>
        {
            if (m.Id == slow.Id)
            {
                await release.Task;
            }

            return OutboxHandlerResult.Done;
        };

        var pass = bed.Dispatcher.DispatchDueAsync(CancellationToken.None);
        await Eventually.TrueAsync(async () => (await bed.FindAsync(fast.Id)).Outcome == OutboxOutcomes.Sent, "the fast message sent", Patience);
        var slowMeanwhile = await bed.FindAsync(slow.Id);
        release.SetResult();
        await pass;

        Assert.Null(slowMeanwhile.Outcome);
        Assert.Equal(OutboxOutcomes.Sent, (await bed.FindAsync(slow.Id)).Outcome);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task Loop_SlowMessageRunning_LaterMessageClaimedAndSentWithoutWaitingForIt(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var slow = await bed.EnqueueAsync(target: "aad-a");
        var release = new TaskCompletionSource();
        bed.Handler.Respond = async (m, _) =>
        {
            if (m.Id == slow.Id)
            {
                await release.Task;
            }

            return OutboxHandlerResult.Done;
        };
        await bed.StartAsync();
        await Eventually.TrueAsync(() => bed.Handler.Count(slow.Id) == 1, "the dispatcher to start the slow message", Patience);

        var later = await bed.EnqueueAsync(target: "aad-b");

        await Eventually.TrueAsync(async () => (await bed.FindAsync(later.Id)).Outcome == OutboxOutcomes.Sent, "the later message sent", Patience);
        release.SetResult();
        await Eventually.TrueAsync(async () => (await bed.FindAsync(slow.Id)).Outcome == OutboxOutcomes.Sent, "the slow message sent", Patience);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task Stop_MessagesQueuedBehindARunningOne_RunningReleasedQueuedGivenBack(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider, new Dictionary<string, string?> { ["Outbox:Concurrency"] = "1" });
        var first = await bed.EnqueueAsync();
        List<OutboxMessage> behind = [];
        for (var i = 0; i < 5; i++)
        {
            // Each in its own unit of work: a later millisecond keeps them in enqueue order.
            bed.Time.Advance(TimeSpan.FromMilliseconds(1));
            behind.Add(await bed.EnqueueAsync());
        }

        bed.Handler.Respond = async (_, _) =>
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, bed.Handler.LastCancellationToken);
            return OutboxHandlerResult.Done;
        };
        await bed.StartAsync();
        await Eventually.TrueAsync(() => bed.Handler.Count(first.Id) == 1, "the dispatcher to start the first message", Patience);

        await bed.StopAsync();

        Assert.Single(bed.Handler.Handled);
        foreach (var message in behind.Prepend(first))
        {
            var stored = await bed.FindAsync(message.Id);
            Assert.Null(stored.LeaseUntil);
            Assert.Null(stored.Outcome);
            Assert.Equal(0, stored.Attempts);
        }
    }

    [Fact]
    public async Task Start_ConcurrencyOutOfRange_Throws()
    {
        await using var bed = await OutboxTestBed.CreateAsync(DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Outbox:Concurrency"] = "65" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bed.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Outbox:Concurrency"));
    }

    private static async Task<Dictionary<string, List<Guid>>> EnqueueAsync(OutboxTestBed bed, IEnumerable<string> targets)
    {
        Dictionary<string, List<Guid>> enqueued = [];
        await using var scope = bed.Services.CreateAsyncScope();
        var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
        foreach (var target in targets)
        {
            var id = writer.Enqueue(ScriptedHandler.DefaultKind, target).Id;
            (enqueued.TryGetValue(target, out var ids) ? ids : enqueued[target] = []).Add(id);
        }

        await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().SaveChangesAsync();
        return enqueued;
    }

    private static void InterlockedMax(ref int location, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref location)) < value && Interlocked.CompareExchange(ref location, value, seen) != seen)
        {
        }
    }
}
