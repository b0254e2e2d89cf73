using Microsoft.Extensions.Options;
using TyokykyBot.Data;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Outbox;

/// <summary>
/// Sends what <see cref="OutboxWriter"/> recorded. Claims due messages (oldest first) under a
/// lease and runs each in its own DI scope, <see cref="OutboxOptions.Concurrency"/> at a time and
/// one target's in order (<see cref="OutboxLanes"/>); safe with several instances on one
/// PostgreSQL. The loop claims more whenever its lanes run low; woken by <see cref="OutboxSignal"/>,
/// else every <see cref="OutboxOptions.PollInterval"/>.
/// </summary>
public sealed class OutboxDispatcher : BackgroundService
{
    private readonly IServiceScopeFactory scopes;
    private readonly OutboxSignal signal;
    private readonly TimeProvider timeProvider;
    private readonly OutboxOptions options;
    private readonly ILogger<OutboxDispatcher> logger;
    private readonly OutboxRunner runner;

    public OutboxDispatcher(
        IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider timeProvider, IOptions<OutboxOptions> options, TyokykyMetrics metrics, ILogger<OutboxDispatcher> logger)
    {
        this.scopes = scopes;
        this.signal = signal;
        this.timeProvider = timeProvider;
        this.options = options.Value;
        this.logger = logger;
        runner = new OutboxRunner(scopes, timeProvider, this.options, metrics, logger);
    }

    /// <summary>
    /// Enough targets at hand that every slot has work while the rate limiter slows some of them
    /// down; the cap on messages keeps one busy target from filling memory.
    /// </summary>
    private int LaneTarget => 2 * options.Concurrency;

    private int MaxHeld => Math.Max(options.BatchSize, 32 * options.Concurrency);

    /// <summary>One pass: claims the messages due now and runs them to the end. Returns how many were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(options.BatchSize, cancellationToken);
        using var lanes = new OutboxLanes(RunAsync, options.Concurrency, cancellationToken);
        lanes.Add(claimed);
        await SettleAsync(lanes);
        cancellationToken.ThrowIfCancellationRequested();
        return claimed.Count;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            OutboxLog.Disabled(logger);
            return;
        }

        await Task.Yield();
        using var lanes = new OutboxLanes(RunAsync, options.Concurrency, stoppingToken);
        try
        {
            await PumpAsync(lanes, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            await SettleAsync(lanes);
        }
    }

    private async Task PumpAsync(OutboxLanes lanes, CancellationToken stoppingToken)
    {
        while (true)
        {
            var counts = await lanes.WaitAsync(c => c.Lanes < LaneTarget && c.Held < MaxHeld, stoppingToken);
            var wanted = Math.Min(options.BatchSize, MaxHeld - counts.Held);
            try
            {
                var claimed = await ClaimAsync(wanted, stoppingToken);
                lanes.Add(claimed);
                if (claimed.Count < wanted)
                {
                    await signal.WaitAsync(options.PollInterval, timeProvider, stoppingToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // The database is unreachable or similar: try again on the next poll.
                OutboxLog.PassFailed(logger, ex.GetType().Name);
                await Task.Delay(options.PollInterval, timeProvider, stoppingToken);
            }
        }
    }

    private async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int batchSize, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        var now = timeProvider.GetUtcNow();
        return await OutboxLeases.ClaimAsync(db, now, OutboxLeases.Until(now, options.LeaseDuration), batchSize, cancellationToken);
    }

    private async Task RunAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await runner.RunAsync(message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the run renewed its lease: hand the message back under the claim's lease.
            await ReleaseAsync([message]);
        }
        catch (Exception ex)
        {
            OutboxLog.RunFailed(logger, message.Id, message.Kind, ex.GetType().Name);
        }
    }

    /// <summary>Lets running messages end, then gives back the ones that never started, so no lease holds them up.</summary>
    private async Task SettleAsync(OutboxLanes lanes)
    {
        await lanes.WhenSettledAsync();
        var unstarted = lanes.TakeQueued();
        if (unstarted.Count > 0)
        {
            await ReleaseAsync(unstarted);
            OutboxLog.Released(logger, unstarted.Count);
        }
    }

    /// <summary>Not cancelled: stopping is when this must happen. A lease renewed meanwhile makes it a no-op.</summary>
    private async Task ReleaseAsync(IReadOnlyList<OutboxMessage> messages)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
            foreach (var message in messages)
            {
                if (message.LeaseUntil is { } held)
                {
                    await OutboxLeases.ReleaseAsync(db, message.Id, held, message.NextAttemptAt, CancellationToken.None);
                }
            }
        }
        catch (Exception ex)
        {
            // They are taken up again when their lease ends.
            OutboxLog.PassFailed(logger, ex.GetType().Name);
        }
    }
}
