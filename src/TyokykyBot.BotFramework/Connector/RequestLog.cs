namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// The send times of one rate-limit key (UTC ticks, in order), kept for the longest window,
/// and a block from a 429's Retry-After. Not thread-safe: <see cref="TeamsRateLimiter"/> locks.
/// </summary>
internal sealed class RequestLog
{
    private readonly List<long> sent = [];

    public long BlockedUntil { get; private set; }

    /// <summary>The last send or the end of the block, whichever is later.</summary>
    public long LastActive => Math.Max(BlockedUntil, sent.Count > 0 ? sent[^1] : 0);

    /// <summary>
    /// The earliest time at which one more send keeps every window within its limit: the send
    /// <c>limit</c> places back from the newest must have left the window (widened by the margin).
    /// </summary>
    public long ReadyAt(IReadOnlyList<RateWindow> windows, long marginTicks)
    {
        var ready = BlockedUntil;
        foreach (var window in windows)
        {
            if (sent.Count >= window.Limit)
            {
                ready = Math.Max(ready, sent[sent.Count - window.Limit] + window.Window.Ticks + marginTicks);
            }
        }

        return ready;
    }

    /// <summary>Records a send at <paramref name="now"/> (never earlier than the last) and forgets sends older than <paramref name="keepTicks"/>.</summary>
    public void Add(long now, long keepTicks)
    {
        var stale = 0;
        while (stale < sent.Count && sent[stale] <= now - keepTicks)
        {
            stale++;
        }

        sent.RemoveRange(0, stale);
        sent.Add(now);
    }

    /// <summary>
    /// Moves a send recorded at <paramref name="reservedAt"/> to <paramref name="answeredAt"/>: it
    /// reached Teams at the latest when its answer came back, so from then on it counts as sent then.
    /// The log stays in order; a send already forgotten is left forgotten.
    /// </summary>
    public void Settle(long reservedAt, long answeredAt)
    {
        var index = sent.BinarySearch(reservedAt);
        if (index < 0 || answeredAt <= reservedAt)
        {
            return;
        }

        sent.RemoveAt(index);
        var at = sent.BinarySearch(answeredAt);
        sent.Insert(at < 0 ? ~at : at, answeredAt);
    }

    public void Block(long until) => BlockedUntil = Math.Max(BlockedUntil, until);
}
