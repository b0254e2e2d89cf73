using TyokykyBot.Data;

namespace TyokykyBot.Outbox;

/// <summary>
/// Carries out one kind of outbox message. Registered scoped, one per <see cref="Kind"/>; it runs
/// in the dispatcher's scope for that message and may use the scoped <c>TyokykyDbContext</c>:
/// its tracked changes are saved by the dispatcher together with the outcome (on Done or Fail,
/// discarded on Retry). A handler must not call SaveChanges itself.
/// </summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
