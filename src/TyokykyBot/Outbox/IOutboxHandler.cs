using TyokykyBot.Data;

namespace TyokykyBot.Outbox;

/// <summary>
/// Carries out one kind of outbox message. Registered by its feature with
/// <see cref="OutboxServiceExtensions.AddOutboxHandler{THandler}"/>, scoped and keyed by the kind; it runs
/// in the dispatcher's scope for that message and may use the scoped <c>TyokykyDbContext</c>:
/// its tracked changes are saved by the dispatcher together with the outcome (on Done or Fail,
/// discarded on Retry). A handler must not call SaveChanges itself.
/// </summary>
public interface IOutboxHandler
{
    /// <summary>
    /// True when one run brings its target wholly up to date from the current state (a status card
    /// refresh, the calendar following the latest consent). Then the messages of the same kind and
    /// target already waiting when a run starts are done by that run, and are marked so: a burst
    /// of clicks costs one update, not one per click.
    /// </summary>
    bool BringsUpToDate => false;

    Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
