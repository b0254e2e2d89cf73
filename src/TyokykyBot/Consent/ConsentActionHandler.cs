using TyokykyBot.Bot;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Meetings;
using TyokykyBot.Outbox;

namespace TyokykyBot.Consent;

/// <summary>
/// The employee's answers on the consent card. The clicker (<c>from.aadObjectId</c>) is checked
/// against the case: the domain refuses anyone but the employee and audits the attempt. A change
/// takes effect everywhere at once because every later step reads only the latest version; the
/// others' status cards are refreshed through the outbox.
/// </summary>
public sealed class ConsentActionHandler(
    TyokykyDbContext db,
    CaseRepository cases,
    ConsentViews views,
    ConsentFormResolver resolver,
    TimeProvider time) : ICardActionHandler
{
    public static IReadOnlyCollection<string> Verbs { get; } =
        [ConsentVerbs.Give, ConsentVerbs.Decline, ConsentVerbs.Change, ConsentVerbs.Withdraw, ConsentVerbs.Refresh];

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return Error("Case.NotFound", action.Language);
        }

        var actor = PersonRef.Insider(action.ActorAadObjectId ?? "", action.Turn.Activity.From?.Name ?? "");
        var now = HelsinkiTime.Now(time);
        return action.Verb switch
        {
            ConsentVerbs.Give => await GiveAsync(found, actor, action, cancellationToken),
            ConsentVerbs.Decline => await DecideAsync(found, found.Decline(actor, now), action.Language, cancellationToken),
            ConsentVerbs.Withdraw => await DecideAsync(found, found.Withdraw(actor, now), action.Language, cancellationToken),
            _ => await ViewAsync(found, actor, action, cancellationToken),
        };
    }

    private async Task<InvokeResponse> GiveAsync(Case found, PersonRef actor, CardAction action, CancellationToken cancellationToken)
    {
        if (!IsEmployee(found, actor))
        {
            // The domain refuses and audits it; nothing of the card is read.
            return await DecideAsync(found, found.RecordConsent(actor, new ConsentDraft(), HelsinkiTime.Now(time)), action.Language, cancellationToken);
        }

        var values = ConsentForm.Read(action.Data, found);
        var resolution = await resolver.ResolveAsync(values, cancellationToken);
        var result = resolution.Draft is { } draft ? found.RecordConsent(actor, draft, HelsinkiTime.Now(time)) : null;
        if (result is null || result.Outcome == ConsentOutcome.Invalid)
        {
            var errors = result?.Errors ?? resolution.Errors;
            return InvokeResponse.Card(await views.FormAsync(found, action.TenantId ?? "", values, errors, action.Language, cancellationToken));
        }

        return await DecideAsync(found, result, action.Language, cancellationToken);
    }

    private async Task<InvokeResponse> DecideAsync(Case found, ConsentResult result, UiLanguage language, CancellationToken cancellationToken)
    {
        // A new version records ConsentRecorded: the calendar and every card follow it.
        cases.Update(found);
        await db.SaveChangesAsync(cancellationToken);
        return result.Outcome switch
        {
            ConsentOutcome.Recorded or ConsentOutcome.Unchanged => InvokeResponse.Card(views.Summary(found, language)),
            ConsentOutcome.NotAllowed => Error("Consent.NotYours", language),
            _ => Error("Case.InvalidState", language),
        };
    }

    /// <summary>"change" and refresh: only the employee sees their consent, and each look is audited.</summary>
    private async Task<InvokeResponse> ViewAsync(Case found, PersonRef actor, CardAction action, CancellationToken cancellationToken)
    {
        var allowed = IsEmployee(found, actor);
        await cases.RecordReadAsync(found.Id, actor.AadObjectId is { Length: > 0 } aad ? aad : "unknown",
            allowed ? "consent-viewed" : "consent-view-refused", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (!allowed)
        {
            return Error("Consent.NotYours", action.Language);
        }

        var showForm = found.State == CaseState.AwaitingConsent
            || (action.Verb == ConsentVerbs.Change && found.State is CaseState.Scheduling or CaseState.Scheduled);
        return InvokeResponse.Card(showForm
            ? await views.FormAsync(found, action.TenantId ?? "", values: null, errors: [], action.Language, cancellationToken)
            : views.Summary(found, action.Language));
    }

    private static bool IsEmployee(Case found, PersonRef actor) =>
        actor.AadObjectId is { Length: > 0 } aad
        && string.Equals(found.Employee.Person.AadObjectId, aad, StringComparison.OrdinalIgnoreCase);

    private static InvokeResponse Error(string key, UiLanguage language) =>
        InvokeResponse.Card(ErrorCard.Create(Texts.Get(key, language)));
}
