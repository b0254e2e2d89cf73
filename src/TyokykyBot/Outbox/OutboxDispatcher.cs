using Microsoft.Extensions.Options;
using TyokykyBot.Data;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Outbox;

/// <summary>
/// Sends what <see cref="OutboxWriter"/> recorded. Each pass claims a batch of due messages
/// (oldest first) under a lease and runs each in its own DI scope; safe with several instances
/// on one PostgreSQL. Woken by <see cref="OutboxSignal"/>, else every <see cref="OutboxOptions.PollInterval"/>.
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

    /// <summary>One pass: claims the messages due now and runs them. Returns how many were claimed.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxMessage> claimed;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
            var now = timeProvider.GetUtcNow();
            claimed = await OutboxLeases.ClaimAsync(db, now, OutboxLeases.Until(now, options.LeaseDuration), options.BatchSize, cancellationToken);
        }

        foreach (var message in claimed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await runner.RunAsync(message, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                OutboxLog.RunFailed(logger, message.Id, message.Kind, ex.GetType().Name);
            }
        }

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
        while (!stoppingToken.IsCancellationRequested)
        {
            var claimed = 0;
            try
            {
                claimed = await DispatchDueAsync(stoppingToken);
                if (claimed < options.BatchSize)
                {
                    await signal.WaitAsync(options.PollInterval, timeProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The database is unreachable or similar: try again on the next poll.
                OutboxLog.PassFailed(logger, ex.GetType().Name);
                await WaitQuietlyAsync(stoppingToken);
            }
        }
    }

    private async Task WaitQuietlyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.PollInterval, timeProvider, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }
}
