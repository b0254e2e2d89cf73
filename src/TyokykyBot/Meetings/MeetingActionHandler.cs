using System.Globalization;
using TyokykyBot.BotFramework.Schema;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Localization;
using TyokykyBot.Outbox;

namespace TyokykyBot.Meetings;

/// <summary>
/// The convener moves, re-windows or cancels the meeting and names the chair and secretary; an
/// attendee confirms a private space for a remote meeting. The domain checks who clicked.
/// </summary>
public sealed class MeetingActionHandler(TyokykyDbContext db, CaseRepository cases, OutboxWriter outbox, TimeProvider time) : ICardActionHandler
{
    public static IReadOnlyCollection<string> Verbs { get; } =
        [CardVerbs.MeetingReschedule, CardVerbs.MeetingCancel, CardVerbs.MeetingRoles, CardVerbs.PreInfoConfirmRemote];

    public async Task<InvokeResponse> HandleAsync(CardAction action, CancellationToken cancellationToken)
    {
        if (action.CaseId is not { } caseId || await cases.FindAsync(caseId, cancellationToken) is not { } found)
        {
            return Error("Case.NotFound", action.Language);
        }

        var actor = PersonRef.Insider(action.ActorAadObjectId ?? "", action.Turn.Activity.From?.Name ?? "");
        var now = HelsinkiTime.Now(time);
        var outcome = action.Verb switch
        {
            CardVerbs.MeetingReschedule => found.RequestReschedule(actor, Date(action, "windowStart"), Date(action, "windowEnd"), now),
            CardVerbs.MeetingCancel => found.CancelMeeting(actor, now),
            CardVerbs.MeetingRoles => found.SetRoles(actor, Id(action, "chair"), Id(action, "secretary"), now),
            _ => found.ConfirmRemote(actor, now),
        };
        cases.Update(found);
        if (outcome == MeetingOutcome.Done && action.Verb != CardVerbs.PreInfoConfirmRemote)
        {
            outbox.Enqueue(MeetingMessageKinds.Sync, found.Id.ToString(), found.Id);
            outbox.Enqueue(CaseMessageKinds.UpdateStatusCards, found.Id.ToString(), found.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        return outcome switch
        {
            MeetingOutcome.Done when action.Verb == CardVerbs.PreInfoConfirmRemote =>
                InvokeResponse.Card(ErrorCard.Create(Texts.Get("PreInfo.RemoteConfirmed", action.Language))),
            MeetingOutcome.Done => InvokeResponse.Card(CaseStatusCard.Create(found, action.Language, forConvener: true)),
            MeetingOutcome.NotAllowed => Error("Consent.NotYours", action.Language),
            MeetingOutcome.Invalid => InvokeResponse.Card(CaseStatusCard.Create(found, action.Language, forConvener: true)),
            _ => Error("Case.InvalidState", action.Language),
        };
    }

    private static DateOnly Date(CardAction action, string key) =>
        DateOnly.TryParseExact(CardData.String(action.Data, key), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : default;

    private static Guid? Id(CardAction action, string key) =>
        Guid.TryParse(CardData.String(action.Data, key), out var id) ? id : null;

    private static InvokeResponse Error(string key, UiLanguage language) =>
        InvokeResponse.Card(ErrorCard.Create(Texts.Get(key, language)));
}
