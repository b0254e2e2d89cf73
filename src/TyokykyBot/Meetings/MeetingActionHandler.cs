using System.Globalization;
using TyokykyBot.Bot;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;
using TyokykyBot.People;
using TyokykyBot.Seeds;
using TyokykyBot.Status;

namespace TyokykyBot.Meetings;

/// <summary>
/// The organiser moves, re-windows or cancels the meeting, says where it is held and names the chair
/// and secretary; an attendee confirms a private space for a remote meeting. The domain checks who
/// clicked. A click drawn from an older schedule revision, asking for what already holds, or refused,
/// changes nothing (a refusal is audited) and gets the current card back.
/// </summary>
public sealed class MeetingActionHandler(
    TyokykyDbContext db, CaseRepository cases, SeedCatalog seeds, CaseDisclosure disclosure, TimeProvider time) : ICardActionHandler
{
    public static IReadOnlyCollection<string> Verbs { get; } =
        [MeetingVerbs.Reschedule, MeetingVerbs.Cancel, MeetingVerbs.Roles, MeetingVerbs.Place, MeetingVerbs.ConfirmRemote];

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return Error("Case.NotFound", action.Language);
        }

        var actor = PersonRef.Insider(action.ActorAadObjectId ?? "", action.Turn.Activity.From?.Name ?? "");
        var now = HelsinkiTime.Now(time);
        var outcome = Stale(found, action) ? MeetingOutcome.Unchanged : action.Verb switch
        {
            MeetingVerbs.Reschedule => found.RequestReschedule(actor, Date(action, "windowStart"), Date(action, "windowEnd"), now),
            MeetingVerbs.Cancel => found.CancelMeeting(actor, now),
            MeetingVerbs.Roles => found.SetRoles(actor, Id(action, "chair"), Id(action, "secretary"), now),
            MeetingVerbs.Place => found.SetPlace(actor, CardData.String(action.Data, "place"), now),
            _ => found.ConfirmRemote(actor, now),
        };
        // A change records MeetingChanged: the calendar and every card follow it.
        cases.Update(found);
        await db.SaveChangesAsync(cancellationToken);
        if (action.Verb == MeetingVerbs.ConfirmRemote)
        {
            return ConfirmationAnswer(found, outcome, action, await disclosure.ForAsync(found, action.ActorAadObjectId, cancellationToken));
        }

        // Refused or not: the clicker gets the case as the rule lets them see it now (nothing of it
        // for a stranger), so a control on an outdated card simply goes away.
        return InvokeResponse.Card(CaseStatusCard.Create(found, await disclosure.ForAsync(found, action.ActorAadObjectId, cancellationToken), action.Language));
    }

    /// <summary>The pre-information card stays as it was and gains the confirmation; a refusal is a plain error.</summary>
    private InvokeResponse ConfirmationAnswer(Case found, MeetingOutcome outcome, CardAction action, CaseAccess access)
    {
        if (outcome is MeetingOutcome.Done or MeetingOutcome.Unchanged && access is { ReceivesPreInformation: true, SeesMeeting: true })
        {
            return InvokeResponse.Card(PreInformationCard.Create(found, access, seeds, action.Language));
        }

        return outcome == MeetingOutcome.NotAllowed ? Error("Consent.NotYours", action.Language) : Error("Case.InvalidState", action.Language);
    }

    /// <summary>The organiser's submits carry the revision their card was drawn for.</summary>
    private static bool Stale(Case found, CardAction action) =>
        CardData.String(action.Data, OrganizerControls.RevisionKey) is { } drawn
        && drawn != found.ScheduleRevision.ToString(CultureInfo.InvariantCulture);

    private static DateOnly Date(CardAction action, string key) =>
        DateOnly.TryParseExact(CardData.String(action.Data, key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : default;

    private static Guid? Id(CardAction action, string key) =>
        Guid.TryParse(CardData.String(action.Data, key), out var id) ? id : null;

    private static InvokeResponse Error(string key, UiLanguage language) =>
        InvokeResponse.Card(ErrorCard.Create(Texts.Get(key, language)));
}
