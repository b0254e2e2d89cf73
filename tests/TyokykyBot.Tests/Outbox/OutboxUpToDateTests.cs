using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>A kind whose run renders from the current state does, in one run, the messages of its target already waiting.</summary>
public sealed class OutboxUpToDateTests
{
    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_WaitingMessagesOfUpToDateKind_OneRunDoesThemLaterOneStillRuns(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        bed.Handler.BringsUpToDate = true;
        List<Guid> waiting = [(await bed.EnqueueAsync(target: "case-1")).Id, (await bed.EnqueueAsync(target: "case-1")).Id, (await bed.EnqueueAsync(target: "case-1")).Id];
        var other = await bed.EnqueueAsync(target: "case-2");
        Guid? late = null;
        bed.Handler.Respond = async (m, _) =>
        {
            if (m.Target == "case-1" && late is null)
            {
                // A change committed while the first run is under way is not covered by it.
                late = (await bed.EnqueueAsync(target: "case-1")).Id;
            }

            return OutboxHandlerResult.Done;
        };

        await bed.DrainAsync();

        Assert.Equal(1, waiting.Sum(bed.Handler.Count));
        Assert.Equal(1, bed.Handler.Count(other.Id));
        Assert.Equal(1, bed.Handler.Count(late!.Value));
        var rows = await bed.WithDbAsync(db => db.Outbox.Where(m => waiting.Contains(m.Id)).ToListAsync());
        Assert.All(rows, r => Assert.Equal(OutboxOutcomes.Sent, r.Outcome));
        Assert.Equal(2, rows.Count(r => r.LastError == OutboxOutcomes.Superseded));
        Assert.Equal(5, await bed.WithDbAsync(db => db.Outbox.CountAsync(m => m.Outcome == OutboxOutcomes.Sent)));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_OrdinaryKind_EveryMessageRuns(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var first = await bed.EnqueueAsync(target: "aad-1");
        var second = await bed.EnqueueAsync(target: "aad-1");

        await bed.DrainAsync();

        Assert.Equal(1, bed.Handler.Count(first.Id));
        Assert.Equal(1, bed.Handler.Count(second.Id));
    }
}
