using Microsoft.Extensions.DependencyInjection.Extensions;
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

/// <summary>One registered answer to one kind of case event.</summary>
public sealed record CaseFollowUp(Type Owner, Action<IServiceProvider, Case, CaseEvent, OutboxWriter> Plan);

/// <summary>
/// Turns a case's events into the outbox rows the features that follow them plan; called by
/// <see cref="CaseRepository"/> as it adds or updates the case, so the rows commit with the change.
/// A feature never names another feature's message kinds: it records what happened, and each
/// feature says which of its kinds follow which event.
/// </summary>
public sealed class CaseFollowUps(IServiceProvider services, OutboxWriter outbox)
{
    public void Plan(Case c, CaseEvent happened)
    {
        foreach (var followUp in services.GetKeyedServices<CaseFollowUp>(happened.GetType()))
        {
            followUp.Plan(services, c, happened, outbox);
        }
    }
}

public static class CaseFollowUpServiceExtensions
{
    /// <summary>The feature's <paramref name="kind"/>, targeted at the case, follows every <typeparamref name="TEvent"/> (for which <paramref name="when"/> holds).</summary>
    public static IServiceCollection FollowCase<TEvent>(this IServiceCollection services, string kind, Func<Case, TEvent, bool>? when = null)
        where TEvent : CaseEvent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return services.AddKeyedSingleton<CaseFollowUp>(typeof(TEvent), new CaseFollowUp(typeof(TEvent), (_, c, happened, outbox) =>
        {
            if (when?.Invoke(c, (TEvent)happened) ?? true)
            {
                outbox.Enqueue(kind, c.Id.ToString(), c.Id);
            }
        }));
    }

    /// <summary>The feature's <typeparamref name="TFollower"/> plans what follows every <typeparamref name="TEvent"/>; it is constructed only when one happens.</summary>
    public static IServiceCollection FollowCase<TEvent, TFollower>(this IServiceCollection services)
        where TEvent : CaseEvent
        where TFollower : class, ICaseFollower<TEvent>
    {
        services.TryAddScoped<TFollower>();
        return services.AddKeyedSingleton<CaseFollowUp>(typeof(TEvent), new CaseFollowUp(typeof(TFollower), (sp, c, happened, outbox) =>
            sp.GetRequiredService<TFollower>().Follow(c, (TEvent)happened, outbox)));
    }
}
