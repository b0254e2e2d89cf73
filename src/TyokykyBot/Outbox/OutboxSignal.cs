namespace TyokykyBot.Outbox;

/// <summary>Wakes the dispatcher when a message has been committed, so it need not wait for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim gate = new(0, 1);

    public void Notify()
    {
        try
        {
            gate.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every message committed before it is taken.
        }
    }

    /// <summary>Returns when notified or when <paramref name="timeout"/> has passed on <paramref name="timeProvider"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var woken = gate.WaitAsync(done.Token);
        var elapsed = Task.Delay(timeout, timeProvider, done.Token);
        await Task.WhenAny(woken, elapsed);
        await done.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
