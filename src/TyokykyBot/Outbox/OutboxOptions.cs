namespace TyokykyBot.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>False: this instance only writes messages; another instance (or a later start) sends them.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The safety net: how often due messages are looked for without a wake-up.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How many messages one pass claims.</summary>
    public int BatchSize { get; set; } = 20;

    /// <summary>
    /// Messages run at once. One target's messages always run one after another, in the order
    /// they were written; this many targets are served side by side. A message waiting for Teams'
    /// per-conversation limits holds its place without using the processor, so there are enough
    /// places for the tenant's whole allowed rate (50/s) while some conversations wait.
    /// </summary>
    public int Concurrency { get; set; } = 16;

    /// <summary>How long a claimed message stays out of other instances' reach; renewed as each message starts.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Handler runs before a message that keeps asking for retries is marked Failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles with each further one.</summary>
    public TimeSpan BackoffBase { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan BackoffMax { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Each backoff is moved by up to this share of itself, either way, so retries of many messages spread out.</summary>
    public double JitterRatio { get; set; } = 0.2;

    /// <summary>How long a finished message (Sent or Failed) is kept for diagnosis before it is deleted.</summary>
    public TimeSpan RetainFinished { get; set; } = TimeSpan.FromDays(7);
}
