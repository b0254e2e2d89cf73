namespace TyokykyBot.Bench.Fakes;

/// <summary>One sliding window: at most <see cref="Limit"/> accepted requests in any <see cref="Window"/>.</summary>
internal sealed record RateWindow(int Limit, TimeSpan Window)
{
    public override string ToString() => $"{Limit}/{Window.TotalSeconds:0.#}s";
}

/// <summary>
/// Teams' published limits as the fake connector enforces them (learn.microsoft.com, bots/how-to/rate-limit):
/// per bot per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h for sends; 50/s per app per tenant.
/// </summary>
internal static class TeamsLimits
{
    public static IReadOnlyList<RateWindow> PerConversation { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    public static RateWindow PerTenant { get; } = new(50, TimeSpan.FromSeconds(1));
}

/// <summary>
/// Accepted-request timestamps of one key, oldest first; answers whether one more would break a window.
/// Not thread-safe: the fake connector holds its lock around it.
/// </summary>
internal sealed class SlidingLog(IReadOnlyList<RateWindow> windows)
{
    private readonly Queue<TimeSpan> accepted = new();
    private readonly TimeSpan longest = windows.Max(w => w.Window);

    /// <summary>The first window that one more request at <paramref name="now"/> would break, or null.</summary>
    public RateWindow? WouldBreak(TimeSpan now)
    {
        while (accepted.Count > 0 && accepted.Peek() <= now - longest)
        {
            accepted.Dequeue();
        }

        foreach (var window in windows)
        {
            var inWindow = 0;
            foreach (var at in accepted)
            {
                if (at > now - window.Window)
                {
                    inWindow++;
                }
            }

            if (inWindow >= window.Limit)
            {
                return window;
            }
        }

        return null;
    }

    public void Accept(TimeSpan now) => accepted.Enqueue(now);
}
