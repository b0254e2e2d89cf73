using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>What is sent, once, and what never is.</summary>
public sealed class OutboxDeliveryTests
{
    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_CommittedMessage_HandledOnceAndMarkedSent(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync();

        await bed.DrainAsync();
        bed.Time.Advance(TimeSpan.FromDays(1));
        await bed.DrainAsync();

        Assert.Equal(1, bed.Handler.Count(message.Id));
        var stored = await bed.FindAsync(message.Id);
        Assert.Equal(OutboxOutcomes.Sent, stored.Outcome);
        Assert.Equal(OutboxTestBed.Start, stored.CompletedAt);
        Assert.Equal(1, stored.Attempts);
        Assert.Null(stored.LeaseUntil);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_EnqueuedButNeverSaved_NeverHandled(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        await using (var scope = bed.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<OutboxWriter>().Enqueue(ScriptedHandler.DefaultKind, "aad-target");
        }

        var claimed = await bed.DrainAsync();

        Assert.Equal(0, claimed);
        Assert.Empty(bed.Handler.Handled);
        Assert.Equal(0, await bed.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_SavedInTransactionRolledBack_NeverHandled(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        await using (var scope = bed.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<OutboxWriter>().Enqueue(ScriptedHandler.DefaultKind, "aad-target");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        var claimed = await bed.DrainAsync();

        Assert.Equal(0, claimed);
        Assert.Empty(bed.Handler.Handled);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_NotBeforeInFuture_WaitsUntilThen(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync(notBefore: OutboxTestBed.Start.AddHours(1));

        await bed.DrainAsync();
        var early = bed.Handler.Count(message.Id);
        bed.Time.Advance(TimeSpan.FromHours(1));
        await bed.DrainAsync();

        Assert.Equal(0, early);
        Assert.Equal(1, bed.Handler.Count(message.Id));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_UnknownKind_FailedNoHandler(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync(kind: "NobodyHandlesThis");

        await bed.DrainAsync();

        var stored = await bed.FindAsync(message.Id);
        Assert.Equal(OutboxOutcomes.Failed, stored.Outcome);
        Assert.Equal(OutboxOutcomes.NoHandler, stored.LastError);
        Assert.Empty(bed.Handler.Handled);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_RowsCreatedOutOfIdOrder_HandledInCreatedAtOrderAcrossBatches(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider, new Dictionary<string, string?> { ["Outbox:BatchSize"] = "3" });
        var minutes = new[] { 7, 2, 9, 0, 5, 1, 8, 3, 6, 4 };
        var rows = minutes.Select(m => new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Kind = ScriptedHandler.DefaultKind,
            Target = "aad-target",
            CreatedAt = OutboxTestBed.Start.AddMinutes(-m),
            NextAttemptAt = OutboxTestBed.Start.AddMinutes(-m),
        }).ToList();
        await bed.WithDbAsync(db =>
        {
            db.Outbox.AddRange(rows);
            return db.SaveChangesAsync();
        });

        await bed.DrainAsync();

        Assert.Equal(rows.OrderBy(r => r.CreatedAt).Select(r => r.Id), bed.Handler.Handled);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_EnqueuedTogetherAtOneInstant_HandledInEnqueueOrder(DatabaseProvider provider)
    {
        // One target: order is kept per target; different targets run side by side.
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        List<Guid> enqueued = [];
        await using (var scope = bed.Services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            for (var i = 0; i < 12; i++)
            {
                enqueued.Add(writer.Enqueue(ScriptedHandler.DefaultKind, "aad-target").Id);
            }

            await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().SaveChangesAsync();
        }

        await bed.DrainAsync();

        Assert.Equal(enqueued, bed.Handler.Handled);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_OneMessageFailing_OthersStillSent(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var bad = await bed.EnqueueAsync();
        var good = await bed.EnqueueAsync();
        bed.Handler.Respond = (m, _) => m.Id == bad.Id ? throw new InvalidOperationException() : Task.FromResult(OutboxHandlerResult.Done);

        await bed.DrainAsync();

        Assert.Null((await bed.FindAsync(bad.Id)).Outcome);
        Assert.Equal(OutboxOutcomes.Sent, (await bed.FindAsync(good.Id)).Outcome);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_HandlerWritesAndDone_WritesCommittedWithSent(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync(kind: AuditingHandler.AuditKind);

        await bed.DrainAsync();

        Assert.Equal(OutboxOutcomes.Sent, (await bed.FindAsync(message.Id)).Outcome);
        Assert.Equal(1, await bed.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Detail == message.Id.ToString())));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_HandlerWritesAndRetry_WritesDiscarded(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync(kind: AuditingHandler.AuditKind);
        bed.Handler.Respond = (_, _) => Task.FromResult(OutboxHandlerResult.Retry("Throttled"));

        await bed.DrainAsync();

        Assert.Null((await bed.FindAsync(message.Id)).Outcome);
        Assert.Equal(0, await bed.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_HandlerWritesCannotBeSaved_RetryCountedWithoutThem(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        await bed.WithDbAsync(db =>
        {
            db.Installations.Add(new Installation { ConversationId = "a:taken" });
            return db.SaveChangesAsync();
        });
        var message = await bed.EnqueueAsync(kind: AuditingHandler.AuditKind);
        bed.Handler.AlsoWrite = db => db.Installations.Add(new Installation { ConversationId = "a:taken" });

        await bed.DrainAsync();

        var stored = await bed.FindAsync(message.Id);
        Assert.Null(stored.Outcome);
        Assert.Equal(1, stored.Attempts);
        Assert.Null(stored.LeaseUntil);
        Assert.StartsWith(OutboxOutcomes.HandlerWritesFailed, stored.LastError);
        Assert.Equal(0, await bed.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_AnyOutcome_LogsNeitherTargetNorArgumentsNorExceptionText(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        await using (var scope = bed.Services.CreateAsyncScope())
        {
            var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            writer.Enqueue(ScriptedHandler.DefaultKind, "target-Matti-Meikäläinen", arguments: """{"who":"Maija"}""");
            writer.Enqueue(ScriptedHandler.DefaultKind, "target-Matti-Meikäläinen", arguments: """{"who":"Maija"}""");
            await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().SaveChangesAsync();
        }

        var first = true;
        bed.Handler.Respond = (_, _) =>
        {
            if (first)
            {
                first = false;
                throw new InvalidOperationException("could not reach Matti Meikäläinen");
            }

            return Task.FromResult(OutboxHandlerResult.Done);
        };

        await bed.DrainAsync();

        Assert.Contains(bed.Logs.Lines, l => l.Contains("InvalidOperationException"));
        Assert.Contains(bed.Logs.Lines, l => l.Contains(" sent on attempt 1"));
        bed.Logs.AssertNoLineContains("Matti", "Maija");
    }
}
