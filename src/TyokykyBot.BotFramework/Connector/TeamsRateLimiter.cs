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

    /// <summary>The pace is kept from reservations, not from the log, whose sends move to their answers.</summary>
    private long lastTenantReservation;

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
    /// <param name="reservation">What to <see cref="Settle"/> once the request has been answered (empty when nothing was reserved).</param>
    public TimeSpan TryReserve(string? conversationId, out RateReservation reservation)
    {
        reservation = default;
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
                ready = Math.Max(ready, lastTenantReservation + (settings.TenantWindow / settings.TenantLimit).Ticks);
            }

            if (ready > now)
            {
                return TimeSpan.FromTicks(ready - now);
            }

            tenant.Add(now, settings.TenantWindow.Ticks + margin);
            lastTenantReservation = now;
            conversation?.Add(now, Keep(settings));
            reservation = new RateReservation(conversationId, now);
            return TimeSpan.Zero;
        }
    }

    /// <summary>
    /// The request reserved by <paramref name="reservation"/> has been answered (or failed): Teams
    /// counted it when it arrived, which may be well after the reservation when this process or the
    /// network was slow. It now counts as sent at the answer, the latest it can have arrived, so a
    /// late arrival can never crowd a window the reservation alone would have left room in.
    /// </summary>
    public void Settle(RateReservation reservation)
    {
        if (reservation.At == 0)
        {
            return;
        }

        lock (gate)
        {
            var now = Now();
            tenant.Settle(reservation.At, now);
            if (reservation.ConversationId is { } id && conversations.TryGetValue(id, out var log))
            {
                log.Settle(reservation.At, now);
            }
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
