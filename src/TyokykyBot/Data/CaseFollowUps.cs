using TyokykyBot.Cases;
using TyokykyBot.Outbox;

namespace TyokykyBot.Data;

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
