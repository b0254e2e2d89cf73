using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Status;

/// <summary>
/// A status card privately to the convener who convened from a channel or group chat, and to
/// whoever clicked a case card there; <see cref="StatusCardDelivery"/> asks the disclosure rule
/// whether they get one.
/// </summary>
public sealed class StatusCardFollower : ICaseFollower<CaseConvened>, ICaseFollower<StatusCardRequested>
{
    public void Follow(Case c, CaseConvened happened, OutboxWriter outbox)
    {
        if (happened.FromSharedConversation && c.Convener.AadObjectId is { Length: > 0 } convener)
        {
            outbox.Enqueue(StatusMessageKinds.Deliver, convener, c.Id, CaseMessageArguments.ForServiceUrl(happened.ServiceUrl));
        }
    }

    public void Follow(Case c, StatusCardRequested happened, OutboxWriter outbox) =>
        outbox.Enqueue(StatusMessageKinds.Deliver, happened.AadObjectId, c.Id, CaseMessageArguments.ForServiceUrl(happened.ServiceUrl));
}
