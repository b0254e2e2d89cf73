using Microsoft.EntityFrameworkCore;
using TyokykyBot.Bot;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Conversations;
using TyokykyBot.Data;
using TyokykyBot.Delivery;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.People;
using TyokykyBot.Status;

namespace TyokykyBot.Convening;

/// <summary>
/// The convene card's submit. Invalid input comes back on the same card with each error beside its
/// field. A valid one creates the case (AwaitingConsent) and, in the same transaction, the outbox row
/// that carries the consent card to the employee: nobody else hears of the case before the employee
/// answers. The case's id comes from the card that was clicked, so a double click, a replay or two
/// concurrent submits of one card make one case, and the later ones get its status card back. From a
/// channel or group chat the answer there is a neutral line and the status card goes privately.
/// </summary>
public sealed class ConveneActionHandler(
    TyokykyDbContext db,
    CaseRepository cases,
    IPeopleDirectory directory,
    ConveneFormResolver resolver,
    ConveneCardModelBuilder cards,
    CaseCards caseCards,
    CaseDisclosure disclosure,
    TimeProvider time) : ICardActionHandler
{
    public static IReadOnlyCollection<string> Verbs { get; } = [ConveneVerbs.Submit];

    /// <summary>Convening from a channel creates the case; the answer there is a neutral line and the card goes privately.</summary>
    public static IReadOnlyCollection<string> SharedConversationVerbs => Verbs;

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.ActorAadObjectId is not { } actor || action.TenantId is not { } tenantId)
        {
            return InvokeResponse.Card(ErrorCard.Create(Texts.Get("Error.Generic", action.Language)));
        }

        var caseId = ConveneSubmissions.CaseIdOf(action);
        if (await cases.FindAsync(caseId, cancellationToken) is { } existing)
        {
            return await AnswerAsync(existing, action, cancellationToken);
        }

        var values = ConveneForm.Read(action.Data);
        var known = await directory.FindByAadObjectIdAsync(actor, cancellationToken);
        var convener = known is not null ? PersonRefs.From(known) : PersonRef.Insider(actor, action.Turn.Activity.From?.Name ?? "");
        var resolution = await resolver.ResolveAsync(values, convener, cancellationToken);
        var now = HelsinkiTime.Now(time);
        var result = resolution.Request is { } request ? Case.Convene(request, caseId, now) : null;
        if (result?.Case is not { } created)
        {
            var errors = result?.Errors ?? resolution.Errors;
            var model = await cards.BuildAsync(actor, values, errors, cancellationToken);
            return action.Turn.IsPersonal
                ? InvokeResponse.Card(ConveneCard.Create(model, action.Language))
                : Neutral(action.Language);
        }

        var openCases = await cases.OpenCasesOfAsync(created.Employee.Person.ActorId, cancellationToken);
        if (openCases.FirstOrDefault(open => open.Id == caseId) is { } madeMeanwhile)
        {
            // The same card's other submit made it meanwhile.
            return await AnswerAsync(madeMeanwhile, action, cancellationToken);
        }

        if (CoveringOpenCase(openCases, actor) is { } open)
        {
            // Already taking part in the employee's open case: that case, not a second one.
            await cases.RecordReadAsync(open.Id, actor, "status-viewed", cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return await AnswerAsync(open, action, cancellationToken);
        }

        created.Announce(new CaseConvened(action.Turn.Activity.ServiceUrl ?? "", FromSharedConversation: !action.Turn.IsPersonal));
        cases.Add(created, tenantId);
        if (action.Turn.IsPersonal)
        {
            RememberConvenerCard(created, actor, action);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (db.ChangeTracker.Entries<CaseRecord>().Any(e => e.Entity.Id == caseId))
        {
            // The same card's other submit may have made the case first: then one case, and this click sees it.
            db.ChangeTracker.Clear();
            if (await cases.FindAsync(caseId, cancellationToken) is not { } saved)
            {
                throw;
            }

            return await AnswerAsync(saved, action, cancellationToken);
        }

        return await AnswerAsync(created, action, cancellationToken);
    }

    /// <summary>
    /// The employee's open case whose latest consent covers the convener. Anyone else convenes anew
    /// and learns nothing of it; the employee's consent card says that another case is open.
    /// </summary>
    private static Case? CoveringOpenCase(IReadOnlyList<Case> openCases, string actor) =>
        openCases.FirstOrDefault(open => Disclosure.For(open, Reader.WithoutHealthData(actor)).Standing is CaseStanding.Participant or CaseStanding.Employee);

    private async Task<InvokeResponse> AnswerAsync(Case c, CardAction action, CancellationToken cancellationToken) =>
        action.Turn.IsPersonal
            ? InvokeResponse.Card(CaseStatusCard.Create(c, await disclosure.ForAsync(c, action.ActorAadObjectId, cancellationToken), action.Language))
            : Neutral(action.Language);

    private static InvokeResponse Neutral(UiLanguage language) => SharedConversationGuard.Neutral(language);

    private void RememberConvenerCard(Case created, string convener, CardAction action)
    {
        var activity = action.Turn.Activity;
        if (activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is not { } serviceUrl)
        {
            return;
        }

        caseCards.Remember(created.Id, ConveneMessageKinds.CardPurpose, CaseCardSubjects.Case, convener,
            new PrivateDelivery(BotFramework.Connector.ConnectorStatus.Ok, conversationId, serviceUrl, activity.ReplyToId));
    }
}
