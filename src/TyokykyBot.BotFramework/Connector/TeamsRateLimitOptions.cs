namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Teams' published limits for a bot (PROTOCOL-FACTS §5): per conversation 7 requests per second,
/// 8 per 2 s, 60 per 30 s and 1800 per hour; 50 per second across a tenant.
/// </summary>
public sealed class TeamsRateLimitOptions
{
    public const string Section = "Bot:RateLimits";

    public static readonly IReadOnlyList<RateWindow> TeamsConversationWindows =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];

    /// <summary>False: every request goes straight out, and Teams' 429s are the only brake.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Null (not configured): <see cref="TeamsConversationWindows"/>. When set, it replaces them all.</summary>
    public RateWindow[]? ConversationWindows { get; set; }

    public int TenantLimit { get; set; } = 50;

    public TimeSpan TenantWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Added to every window: Teams counts a request when it arrives, a few milliseconds after this
    /// process reserved it, so two requests exactly one window apart here may be closer there.
    /// </summary>
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromMilliseconds(30);

    /// <summary>
    /// Once half a window's worth has gone, spreads the tenant's requests evenly (one per
    /// TenantWindow / TenantLimit) instead of letting the rest go at once: a burst sent in one
    /// instant is counted against the next window by any request in it that arrives late, an even
    /// stream is not.
    /// </summary>
    public bool PaceTenant { get; set; } = true;

    /// <summary>A longer wait (e.g. the hourly limit) is not waited out: the call is answered 429 at once.</summary>
    public TimeSpan MaxInlineWait { get; set; } = TimeSpan.FromSeconds(10);

    public IReadOnlyList<RateWindow> EffectiveConversationWindows => ConversationWindows ?? TeamsConversationWindows;
}
