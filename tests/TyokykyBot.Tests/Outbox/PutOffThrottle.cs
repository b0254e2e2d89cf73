using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

public sealed class PutOffThrottle(TimeSpan? delay) : IOutboxThrottle
{
    public TimeSpan? Delay { get; set; } = delay;

    public ValueTask<TimeSpan?> DelayAsync(OutboxMessage message, CancellationToken cancellationToken) => ValueTask.FromResult(Delay);
}
