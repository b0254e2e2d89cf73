using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>The dispatcher as a hosted service: restart, wake-up on commit, options checked at start.</summary>
public sealed class OutboxHostTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [SkippableTheory]
    [OnBothDatabases]
    public async Task Start_RowsCommittedByStoppedProcess_SentOnceByNextProcess(DatabaseProvider provider)
    {
        List<Guid> ids = [];
        await using var first = await OutboxTestBed.CreateAsync(provider, new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        await first.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await first.EnqueueAsync()).Id);
        }

        await Task.Delay(200);
        await first.StopAsync();
        Assert.Empty(first.Handler.Handled);

        await using var second = await OutboxTestBed.OnDatabaseAsync(provider, first.ConnectionString);
        await second.StartAsync();
        await Eventually.TrueAsync(() => second.Handler.Handled.Count >= 3, "the second host to handle three messages", Patience);
        second.Time.Advance(TimeSpan.FromHours(1));
        await Task.Delay(300);

        Assert.Equal(ids.Order(), second.Handler.Handled.Order());
        foreach (var id in ids)
        {
            Assert.Equal(OutboxOutcomes.Sent, (await second.FindAsync(id)).Outcome);
        }
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task Enqueue_SavedWhileRunning_DispatcherWokenWithoutWaitingForPoll(DatabaseProvider provider)
    {
        // The fake clock never reaches the poll interval: only the commit's wake-up can send.
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        await bed.StartAsync();
        await Task.Delay(200);

        var message = await bed.EnqueueAsync();

        await Eventually.TrueAsync(() => bed.Handler.Count(message.Id) == 1, "the dispatcher to handle the message", Patience);
    }

    [Fact]
    public async Task Enqueue_ExplicitTransactionThenCommitted_DispatcherWoken()
    {
        await using var bed = await OutboxTestBed.CreateAsync(DatabaseProvider.Sqlite);
        await bed.StartAsync();
        await Task.Delay(200);

        Guid id;
        await using (var scope = bed.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            id = writer.Enqueue(ScriptedHandler.DefaultKind, "aad-target").Id;
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            writer.Committed();
        }

        await Eventually.TrueAsync(() => bed.Handler.Count(id) == 1, "the dispatcher to handle the message", Patience);
    }

    [Fact]
    public async Task Start_InvalidOptions_Throws()
    {
        await using var bed = await OutboxTestBed.CreateAsync(
            DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Outbox:BatchSize"] = "0", ["Outbox:MaxAttempts"] = "0" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bed.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Outbox:BatchSize"));
        Assert.Contains(error.Failures, f => f.Contains("Outbox:MaxAttempts"));
    }

    [Fact]
    public async Task AddOutbox_NothingConfigured_DocumentedDefaults()
    {
        await using var bed = await OutboxTestBed.CreateAsync(DatabaseProvider.Sqlite);

        var options = new OutboxOptions();

        Assert.True(options.Enabled);
        Assert.Equal(TimeSpan.FromSeconds(2), options.PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(60), options.LeaseDuration);
        Assert.Equal(8, options.MaxAttempts);
        Assert.Equal(16, options.Concurrency);
        Assert.Contains(bed.Services.GetServices<IHostedService>(), s => s is OutboxDispatcher);
    }
}
