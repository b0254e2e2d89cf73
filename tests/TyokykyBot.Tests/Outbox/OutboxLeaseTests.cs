using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>Leases: a crashed instance's claim runs out; an instance that lost its lease changes nothing.</summary>
public sealed class OutboxLeaseTests
{
    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_LeaseHeldByAnother_SkippedUntilItExpires(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync();
        var crashedLease = OutboxTestBed.Start.AddSeconds(60);
        await bed.WithDbAsync(db => db.Outbox.Where(m => m.Id == message.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, crashedLease)));

        var whileHeld = await bed.DrainAsync();
        bed.Time.Advance(TimeSpan.FromSeconds(60));
        var afterExpiry = await bed.DrainAsync();

        Assert.Equal(0, whileHeld);
        Assert.Equal(1, afterExpiry);
        Assert.Equal(1, bed.Handler.Count(message.Id));
        Assert.Equal(OutboxOutcomes.Sent, (await bed.FindAsync(message.Id)).Outcome);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_LeaseTakenOverDuringHandler_OutcomeAndHandlerWritesDropped(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync(kind: AuditingHandler.AuditKind);
        var otherLease = OutboxTestBed.Start.AddMinutes(5);
        bed.Handler.Respond = async (m, _) =>
        {
            // Another instance claims the message after this one's lease ran out.
            await bed.WithDbAsync(db => db.Outbox.Where(x => x.Id == m.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseUntil, otherLease)));
            return OutboxHandlerResult.Done;
        };

        await bed.DrainAsync();

        var stored = await bed.FindAsync(message.Id);
        Assert.Null(stored.Outcome);
        Assert.Equal(0, stored.Attempts);
        Assert.Equal(otherLease, stored.LeaseUntil);
        Assert.Equal(0, await bed.WithDbAsync(db => db.AuditLog.CountAsync()));
        Assert.Contains(bed.Logs.Lines, l => l.Contains("lease lost"));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_ClaimStillFresh_UsedAsItIsOlderClaimRenewed(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var first = await bed.EnqueueAsync();
        bed.Time.Advance(TimeSpan.FromMilliseconds(1));
        var fresh = await bed.EnqueueAsync();
        bed.Time.Advance(TimeSpan.FromMilliseconds(1));
        var old = await bed.EnqueueAsync();
        var claimedAt = bed.Time.GetUtcNow();
        var leaseDuration = TimeSpan.FromSeconds(60);
        var leases = new Dictionary<Guid, DateTimeOffset?>();
        bed.Handler.Respond = async (m, _) =>
        {
            leases[m.Id] = await bed.WithDbAsync(db => db.Outbox.Where(x => x.Id == m.Id).Select(x => x.LeaseUntil).SingleAsync());
            // The batch's later claims age while each message of the target runs.
            bed.Time.Advance(TimeSpan.FromSeconds(m.Id == first.Id ? 1 : 10));
            return OutboxHandlerResult.Done;
        };

        await bed.Dispatcher.DispatchDueAsync(CancellationToken.None);

        var claimed = OutboxLeases.Until(claimedAt, leaseDuration);
        Assert.Equal(claimed, leases[first.Id]);
        // 59 s of 60 left: still fresh, so not written again.
        Assert.Equal(claimed, leases[fresh.Id]);
        // 49 s left: renewed from the time it starts.
        Assert.Equal(OutboxLeases.Until(claimedAt.AddSeconds(11), leaseDuration), leases[old.Id]);
        Assert.Equal(3, await bed.WithDbAsync(db => db.Outbox.CountAsync(m => m.Outcome == OutboxOutcomes.Sent)));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_ClaimedBatchOutlivesLease_LaterMessageLeftToItsNewHolder(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var slow = await bed.EnqueueAsync();
        bed.Time.Advance(TimeSpan.FromMilliseconds(1));
        var next = await bed.EnqueueAsync();
        var otherLease = OutboxTestBed.Start.AddMinutes(10);
        bed.Handler.Respond = async (m, _) =>
        {
            if (m.Id == slow.Id)
            {
                // The batch's claim on the next message runs out meanwhile and another instance takes it.
                bed.Time.Advance(TimeSpan.FromSeconds(61));
                await bed.WithDbAsync(db => db.Outbox.Where(x => x.Id == next.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LeaseUntil, otherLease)));
            }

            return OutboxHandlerResult.Done;
        };

        await bed.Dispatcher.DispatchDueAsync(CancellationToken.None);

        Assert.Equal(0, bed.Handler.Count(next.Id));
        Assert.Equal(otherLease, (await bed.FindAsync(next.Id)).LeaseUntil);
    }
}
