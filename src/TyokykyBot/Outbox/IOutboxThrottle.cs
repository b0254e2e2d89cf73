using TyokykyBot.Data;

namespace TyokykyBot.Outbox;

/// <summary>
/// Where Teams' rate limits will go (per conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; 50/s per
/// tenant). The dispatcher asks before running a message; none is registered yet.
/// </summary>
public interface IOutboxThrottle
{
    /// <summary>Null to run the message now, or how long to put it off (its attempts do not count up).</summary>
    ValueTask<TimeSpan?> DelayAsync(OutboxMessage message, CancellationToken cancellationToken);
}
