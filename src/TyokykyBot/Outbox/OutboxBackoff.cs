namespace TyokykyBot.Outbox;

internal static class OutboxBackoff
{
    /// <summary>The wait after <paramref name="attempts"/> failed runs: base × 2^(attempts−1), capped, with jitter.</summary>
    public static TimeSpan Delay(int attempts, OutboxOptions options, Random random)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var raw = Math.Min(options.BackoffBase.TotalMilliseconds * Math.Pow(2, exponent), options.BackoffMax.TotalMilliseconds);
        var jitter = 1 + (options.JitterRatio * ((random.NextDouble() * 2) - 1));
        return TimeSpan.FromMilliseconds(raw * jitter);
    }
}
