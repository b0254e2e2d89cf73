using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>Finished messages are deleted once <c>Outbox:RetainFinished</c> has passed; nothing else is.</summary>
public sealed class OutboxCleanupTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DeleteFinished_SentAndFailedPastRetention_DeletedNewerAndPendingKept(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var now = bed.Time.GetUtcNow();
        var oldSent = await AddAsync(bed, OutboxOutcomes.Sent, now - Week - TimeSpan.FromSeconds(1));
        var oldFailed = await AddAsync(bed, OutboxOutcomes.Failed, now - TimeSpan.FromDays(30));
        var recentSent = await AddAsync(bed, OutboxOutcomes.Sent, now - Week + TimeSpan.FromMinutes(1));
        var recentFailed = await AddAsync(bed, OutboxOutcomes.Failed, now - TimeSpan.FromDays(1));
        var oldPending = await AddAsync(bed, null, null, createdAt: now - TimeSpan.FromDays(30));

        var deleted = await bed.Services.GetRequiredService<OutboxCleanup>().DeleteFinishedAsync(CancellationToken.None);

        Assert.Equal(2, deleted);
        var left = await IdsAsync(bed);
        Assert.Equal(new[] { recentSent, recentFailed, oldPending }.Order(), left.Order());
        Assert.DoesNotContain(oldSent, left);
        Assert.DoesNotContain(oldFailed, left);
    }

    [Fact]
    public async Task DeleteFinished_MoreThanOneBatch_DeletesThemAll()
    {
        await using var bed = await OutboxTestBed.CreateAsync(DatabaseProvider.Sqlite);
        var old = bed.Time.GetUtcNow() - TimeSpan.FromDays(8);
        await bed.WithDbAsync(db =>
        {
            db.Outbox.AddRange(Enumerable.Range(0, 2 * OutboxCleanup.BatchSize + 1).Select(_ => Message(OutboxOutcomes.Sent, old, old)));
            return db.SaveChangesAsync();
        });
        var kept = await AddAsync(bed, OutboxOutcomes.Sent, bed.Time.GetUtcNow());

        var deleted = await bed.Services.GetRequiredService<OutboxCleanup>().DeleteFinishedAsync(CancellationToken.None);

        Assert.Equal(2 * OutboxCleanup.BatchSize + 1, deleted);
        Assert.Equal([kept], await IdsAsync(bed));
    }

    [Fact]
    public async Task Start_RetentionConfigured_OldRowsDeletedByHostedServiceAndAgainHourly()
    {
        await using var bed = await OutboxTestBed.CreateAsync(
            DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Outbox:RetainFinished"] = "1.00:00:00" });
        var now = bed.Time.GetUtcNow();
        await AddAsync(bed, OutboxOutcomes.Sent, now - TimeSpan.FromDays(2));
        var later = await AddAsync(bed, OutboxOutcomes.Sent, now - TimeSpan.FromHours(23.5));

        await bed.StartAsync();
        await Eventually.TrueAsync(async () => (await IdsAsync(bed)).SequenceEqual([later]), "the cleanup to delete the old row", Patience);

        bed.Time.Advance(OutboxCleanup.Interval);
        await Eventually.TrueAsync(async () => (await IdsAsync(bed)).Count == 0, "the cleanup to delete the later row", Patience);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-1.00:00:00")]
    public async Task Start_RetainFinishedNotPositive_Throws(string retain)
    {
        await using var bed = await OutboxTestBed.CreateAsync(
            DatabaseProvider.Sqlite, new Dictionary<string, string?> { ["Outbox:RetainFinished"] = retain });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => bed.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("Outbox:RetainFinished"));
    }

    [Fact]
    public async Task AddOutbox_NothingConfigured_KeepsFinishedAWeekWithCleanupHosted()
    {
        await using var bed = await OutboxTestBed.CreateAsync(DatabaseProvider.Sqlite);

        Assert.Equal(Week, new OutboxOptions().RetainFinished);
        Assert.Contains(bed.Services.GetServices<IHostedService>(), s => s is OutboxCleanup);
    }

    private static OutboxMessage Message(string? outcome, DateTimeOffset? completedAt, DateTimeOffset createdAt) => new()
    {
        Id = Guid.NewGuid(),
        Kind = ScriptedHandler.DefaultKind,
        Target = "aad-target",
        CreatedAt = createdAt,
        NextAttemptAt = createdAt,
        Outcome = outcome,
        CompletedAt = completedAt,
    };

    private static Task<Guid> AddAsync(OutboxTestBed bed, string? outcome, DateTimeOffset? completedAt, DateTimeOffset? createdAt = null) =>
        bed.WithDbAsync(async db =>
        {
            var message = Message(outcome, completedAt, createdAt ?? completedAt ?? bed.Time.GetUtcNow());
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    private static Task<List<Guid>> IdsAsync(OutboxTestBed bed) =>
        bed.WithDbAsync(db => db.Outbox.AsNoTracking().Select(m => m.Id).ToListAsync());
}
