using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>Retry, backoff, Retry-After, permanent failure and giving up. The bed's backoff: 10 s base, no jitter.</summary>
public sealed class OutboxRetryTests
{
    private static readonly Func<OutboxMessage, int, Task<OutboxHandlerResult>> ThrottledOnce =
        (_, run) => Task.FromResult(run == 1 ? OutboxHandlerResult.Retry("Throttled") : OutboxHandlerResult.Done);

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_Retry_RetriedAfterBackoffNotBefore(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync();
        bed.Handler.Respond = ThrottledOnce;

        await bed.DrainAsync();
        var waiting = await bed.FindAsync(message.Id);
        bed.Time.Advance(TimeSpan.FromSeconds(9.9));
        await bed.DrainAsync();
        var early = bed.Handler.Count(message.Id);
        bed.Time.Advance(TimeSpan.FromSeconds(0.1));
        await bed.DrainAsync();

        Assert.Null(waiting.Outcome);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal("Throttled", waiting.LastError);
        Assert.Equal(OutboxTestBed.Start.AddSeconds(10), waiting.NextAttemptAt);
        Assert.Null(waiting.LeaseUntil);
        Assert.Equal(1, early);
        Assert.Equal(2, bed.Handler.Count(message.Id));
        var sent = await bed.FindAsync(message.Id);
        Assert.Equal(OutboxOutcomes.Sent, sent.Outcome);
        Assert.Equal(2, sent.Attempts);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_SecondRetry_BackoffDoubles(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync();
        bed.Handler.Respond = (_, _) => Task.FromResult(OutboxHandlerResult.Retry("Failed"));

        await bed.DrainAsync();
        bed.Time.Advance(TimeSpan.FromSeconds(10));
        await bed.DrainAsync();

        var stored = await bed.FindAsync(message.Id);
        Assert.Equal(2, stored.Attempts);
        Assert.Equal(OutboxTestBed.Start.AddSeconds(10 + 20), stored.NextAttemptAt);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_RetryAfter_HonouredInsteadOfBackoff(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync();
        bed.Handler.Respond = (_, run) =>
            Task.FromResult(run == 1 ? OutboxHandlerResult.Retry("Throttled", TimeSpan.FromSeconds(90)) : OutboxHandlerResult.Done);

        await bed.DrainAsync();
        bed.Time.Advance(TimeSpan.FromSeconds(89));
        await bed.DrainAsync();
        var early = bed.Handler.Count(message.Id);
        bed.Time.Advance(TimeSpan.FromSeconds(1));
        await bed.DrainAsync();

        Assert.Equal(1, early);
        Assert.Equal(OutboxOutcomes.Sent, (await bed.FindAsync(message.Id)).Outcome);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_Fail_FailedAndNeverRetried(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync();
        bed.Handler.Respond = (_, _) => Task.FromResult(OutboxHandlerResult.Fail("Blocked"));

        await bed.DrainAsync();
        bed.Time.Advance(TimeSpan.FromDays(2));
        await bed.DrainAsync();

        Assert.Equal(1, bed.Handler.Count(message.Id));
        var stored = await bed.FindAsync(message.Id);
        Assert.Equal(OutboxOutcomes.Failed, stored.Outcome);
        Assert.Equal("Blocked", stored.LastError);
        Assert.Equal(OutboxTestBed.Start, stored.CompletedAt);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_MaxAttemptsReached_FailedAndNotRetried(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider, new Dictionary<string, string?> { ["Outbox:MaxAttempts"] = "3" });
        var message = await bed.EnqueueAsync();
        bed.Handler.Respond = (_, _) => Task.FromResult(OutboxHandlerResult.Retry("Throttled"));

        for (var i = 0; i < 6; i++)
        {
            await bed.DrainAsync();
            bed.Time.Advance(TimeSpan.FromHours(1));
        }

        Assert.Equal(3, bed.Handler.Count(message.Id));
        var stored = await bed.FindAsync(message.Id);
        Assert.Equal(OutboxOutcomes.Failed, stored.Outcome);
        Assert.Equal(3, stored.Attempts);
        Assert.Equal("Throttled", stored.LastError);
    }

    [SkippableTheory]
    [OnBothDatabases]
    public async Task DispatchDue_HandlerThrows_RetriedWithNeutralCode(DatabaseProvider provider)
    {
        await using var bed = await OutboxTestBed.CreateAsync(provider);
        var message = await bed.EnqueueAsync();
        bed.Handler.Respond = (_, run) => run == 1 ? throw new TimeoutException("Matti did not answer") : Task.FromResult(OutboxHandlerResult.Done);

        await bed.DrainAsync();
        var waiting = await bed.FindAsync(message.Id);
        bed.Time.Advance(TimeSpan.FromSeconds(10));
        await bed.DrainAsync();

        Assert.Null(waiting.Outcome);
        Assert.Equal(1, waiting.Attempts);
        Assert.Equal("HandlerException:TimeoutException", waiting.LastError);
        Assert.Equal(OutboxOutcomes.Sent, (await bed.FindAsync(message.Id)).Outcome);
    }
}
