using TyokykyBot.Cases;
using TyokykyBot.Outbox;

namespace TyokykyBot.Data;

/// <summary>A feature's follower of one kind of case event (registered with <see cref="CaseFollowUpServiceExtensions"/>).</summary>
public interface ICaseFollower<in TEvent>
    where TEvent : CaseEvent
{
    /// <summary>Plans the outbox rows that follow <paramref name="happened"/>. Only enqueues: the caller's unit of work commits them with the change.</summary>
    void Follow(Case c, TEvent happened, OutboxWriter outbox);
}
