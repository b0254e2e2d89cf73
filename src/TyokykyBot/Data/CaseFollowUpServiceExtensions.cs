using Microsoft.Extensions.DependencyInjection.Extensions;
using TyokykyBot.Cases;

namespace TyokykyBot.Data;

public static class CaseFollowUpServiceExtensions
{
    /// <summary>The feature's <paramref name="kind"/>, targeted at the case, follows every <typeparamref name="TEvent"/> (for which <paramref name="when"/> holds).</summary>
    public static IServiceCollection FollowCase<TEvent>(this IServiceCollection services, string kind, Func<Case, TEvent, bool>? when = null)
        where TEvent : CaseEvent
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return services.AddKeyedSingleton<CaseFollowUp>(typeof(TEvent), new CaseFollowUp((_, c, happened, outbox) =>
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
        return services.AddKeyedSingleton<CaseFollowUp>(typeof(TEvent), new CaseFollowUp((sp, c, happened, outbox) =>
            sp.GetRequiredService<TFollower>().Follow(c, (TEvent)happened, outbox)));
    }
}
