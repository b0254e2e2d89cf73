using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.People;

namespace TyokykyBot.Convening;

/// <summary>
/// The convene card's submit. Invalid input comes back on the same card with each error beside its
/// field. A valid one creates the case (AwaitingConsent) and, in the same transaction, the outbox
/// rows that carry the consent card to the employee and status cards to the core group; the
/// convener's card turns into the case's status card at once.
/// </summary>
public sealed class ConveneActionHandler(
    TyokykyDbContext db,
    CaseRepository cases,
    OutboxWriter outbox,
    IPeopleDirectory directory,
    ConveneFormResolver resolver,
    ConveneCardModelBuilder cards,
    TimeProvider time) : ICardActionHandler
{
    public static IReadOnlyCollection<string> Verbs { get; } = [CardVerbs.ConveneSubmit];

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.ActorAadObjectId is not { } actor || action.TenantId is not { } tenantId)
        {
            return InvokeResponse.Card(ErrorCard.Create(Texts.Get("Error.Generic", action.Language)));
        }

        var values = ConveneForm.Read(action.Data);
        var known = await directory.FindByAadObjectIdAsync(actor, cancellationToken);
        var convener = known is not null ? PersonRefs.From(known) : PersonRef.Insider(actor, action.Turn.Activity.From?.Name ?? "");
        var resolution = await resolver.ResolveAsync(values, convener, cancellationToken);
        var now = HelsinkiTime.Now(time);
        var result = resolution.Request is { } request ? Case.Convene(request, Guid.CreateVersion7(now), now) : null;
        if (result?.Case is not { } created)
        {
            var errors = result?.Errors ?? resolution.Errors;
            var model = await cards.BuildAsync(actor, values, errors, cancellationToken);
            return InvokeResponse.Card(ConveneCard.Create(model, action.Language));
        }

        cases.Add(created, tenantId);
        Enqueue(created, actor, action.Turn.Activity.ServiceUrl ?? "");
        RememberConvenerCard(created, actor, action);
        await db.SaveChangesAsync(cancellationToken);
        return InvokeResponse.Card(CaseStatusCard.Create(created, action.Language, forConvener: true));
    }

    private void Enqueue(Case created, string convener, string serviceUrl)
    {
        var arguments = CaseMessageArguments.ForServiceUrl(serviceUrl);
        outbox.Enqueue(CaseMessageKinds.DeliverConsentCard, created.Employee.Person.AadObjectId!, created.Id, arguments);
        foreach (var member in created.Participants.Where(p => p.IsCore && p.Role != CaseRole.Employee))
        {
            if (member.Person.AadObjectId is { } aad && aad != convener)
            {
                outbox.Enqueue(CaseMessageKinds.DeliverStatusCard, aad, created.Id, arguments);
            }
        }
    }

    private void RememberConvenerCard(Case created, string convener, CardAction action)
    {
        var activity = action.Turn.Activity;
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is not { } serviceUrl)
        {
            return;
        }

        db.CaseCards.Add(new CaseCard
        {
            Id = Guid.CreateVersion7(),
            CaseId = created.Id,
            Purpose = CaseCardPurposes.Convene,
            RecipientAadObjectId = convener,
            ConversationId = conversationId,
            ServiceUrl = serviceUrl,
            ActivityId = activity.ReplyToId,
            UpdatedAt = time.GetUtcNow(),
        });
    }
}
