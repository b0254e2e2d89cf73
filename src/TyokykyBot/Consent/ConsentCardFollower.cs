using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Consent;

/// <summary>A convened case's first message: the consent card to the employee, and to nobody else.</summary>
public sealed class ConsentCardFollower : ICaseFollower<CaseConvened>
{
    public void Follow(Case c, CaseConvened happened, OutboxWriter outbox) =>
        outbox.Enqueue(ConsentMessageKinds.DeliverCard, c.Employee.Person.AadObjectId!, c.Id, CaseMessageArguments.ForServiceUrl(happened.ServiceUrl));
}
