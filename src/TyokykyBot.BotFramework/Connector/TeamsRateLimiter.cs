using Microsoft.Extensions.Options;

namespace TyokykyBot.BotFramework.Connector;

/// <summary>
/// Teams' rate limits as exact sliding-window logs, one per conversation and one for the whole bot.
/// The tenant limit is kept in one process-wide bucket because a request's URL does not name its
/// tenant: with several tenants this is stricter than Teams, never looser. Several instances each
/// keep their own logs, so the limits hold per instance only.
/// </summary>
public sealed class TeamsRateLimiter(TimeProvider timeProvider, IOptions<TeamsRateLimitOptions> options)
{
    private static readonly long SweepEvery = TimeSpan.FromMinutes(1).Ticks;

    private readonly Lock gate = new();
    private readonly Dictionary<string, RequestLog> conversations = new(StringComparer.Ordinal);
    private readonly RequestLog tenant = new();
    private long lastNow;
    private long lastSweep;

    /// <summary>How many conversations are remembered; for tests of the idle pruning.</summary>
    internal int ConversationCount
    {
        get
        {
            lock (gate)
            {
                return conversations.Count;
            }
        }
    }

    /// <summary>
    /// Records a send now to <paramref name="conversationId"/> (null: a request about no
    /// conversation, which counts against the tenant only) and returns zero; or, when some
    /// window is full or the key is blocked, records nothing and returns how long until it may.
    /// </summary>
    public TimeSpan TryReserve(string? conversationId)
    {
        var settings = options.Value;
        var margin = settings.SafetyMargin.Ticks;
        var conversationWindows = settings.EffectiveConversationWindows;
        RateWindow[] tenantWindows = [new(settings.TenantLimit, settings.TenantWindow)];
        lock (gate)
        {
            var now = Now();
            Sweep(now, Keep(settings));
            var conversation = conversationId is null ? null : Conversation(conversationId);
            var ready = Math.Max(tenant.ReadyAt(tenantWindows, margin), conversation?.ReadyAt(conversationWindows, margin) ?? 0);
            // Pacing starts once half the tenant's window is used: a short burst (a reply, a few
            // cards) still goes at once, a sustained stream is spread evenly.
            if (settings.PaceTenant && settings.TenantLimit > 1
                && tenant.ReadyAt([new(settings.TenantLimit / 2, settings.TenantWindow)], 0) > now)
            {
                ready = Math.Max(ready, tenant.ReadyAt([new(1, settings.TenantWindow / settings.TenantLimit)], 0));
            }

            if (ready > now)
            {
                return TimeSpan.FromTicks(ready - now);
            }

            tenant.Add(now, settings.TenantWindow.Ticks + margin);
            conversation?.Add(now, Keep(settings));
            return TimeSpan.Zero;
        }
    }

    /// <summary>Nothing more goes to <paramref name="conversationId"/> (null: to any conversation) before <paramref name="until"/>.</summary>
    public void Block(string? conversationId, DateTimeOffset until)
    {
        lock (gate)
        {
            (conversationId is null ? tenant : Conversation(conversationId)).Block(until.UtcTicks);
        }
    }

    private static long Keep(TeamsRateLimitOptions settings) =>
        settings.EffectiveConversationWindows.Max(w => w.Window.Ticks) + settings.SafetyMargin.Ticks;

    // Never backwards: a wall clock set back must not let old sends look newer than new ones.
    private long Now() => lastNow = Math.Max(lastNow, timeProvider.GetUtcNow().UtcTicks);

    private RequestLog Conversation(string conversationId)
    {
        if (!conversations.TryGetValue(conversationId, out var log))
        {
            log = new RequestLog();
            conversations.Add(conversationId, log);
        }

        return log;
    }

    /// <summary>Forgets conversations with no send and no block within the longest window: they no longer limit anything.</summary>
    private void Sweep(long now, long keep)
    {
        if (now - lastSweep < SweepEvery)
        {
            return;
        }

        lastSweep = now;
        foreach (var (id, log) in conversations)
        {
            if (log.LastActive <= now - keep)
            {
                conversations.Remove(id);
            }
        }
    }
}
