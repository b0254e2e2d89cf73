using System.Globalization;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.Meetings;

namespace TyokykyBot.Status;

/// <summary>
/// The organiser's buttons on the status card: move or widen the window, the place of an in-person
/// meeting, chair and secretary, cancel. Each submit carries the schedule revision it was drawn for,
/// so a click on an outdated card changes nothing.
/// </summary>
public static class OrganizerControls
{
    public const string RevisionKey = "revision";

    public static IEnumerable<ShowCardAction> For(Case c, UiLanguage language)
    {
        yield return CardActions.ShowCard(T("Reschedule", language), AdaptiveCard.Shown(
                CardInputs.Date("windowStart", Texts.Get("Convene.Card.WindowStart", language), Iso(c.WindowStart)),
                CardInputs.Date("windowEnd", Texts.Get("Convene.Card.WindowEnd", language), Iso(c.WindowEnd)))
            .WithActions(Submit(T("RescheduleSubmit", language), MeetingVerbs.Reschedule, c)));
        if (!c.OnlineAllowed)
        {
            var place = CardInputs.Text("place", T("PlaceInput", language), c.Place, maxLength: ConveneRules.MaxPlaceLength);
            yield return CardActions.ShowCard(T("PlaceSection", language), AdaptiveCard.Shown(place)
                .WithActions(Submit(T("PlaceSubmit", language), MeetingVerbs.Place, c)));
        }

        if (c.State == CaseState.Scheduled)
        {
            var people = c.Attendees().Select(p => (CardText.Name(p.Person.DisplayName), p.Id.ToString())).ToList();
            yield return CardActions.ShowCard(T("RolesSection", language), AdaptiveCard.Shown(
                    RoleChoice("chair", T("Chair", language), c.Chair?.Id, people),
                    RoleChoice("secretary", T("Secretary", language), c.Secretary?.Id, people))
                .WithActions(Submit(T("SetRoles", language), MeetingVerbs.Roles, c)));
        }

        yield return CardActions.ShowCard(T("Cancel", language), AdaptiveCard.Shown(AdaptiveCard.Text(T("CancelConfirm", language)))
            .WithActions(Submit(T("CancelSubmit", language), MeetingVerbs.Cancel, c, "destructive", sendInputs: false)));
    }

    private static ExecuteAction Submit(string title, string verb, Case c, string? style = null, bool sendInputs = true) =>
        CardActions.Execute(title, verb, c.Id, style, sendInputs)
            .WithData(RevisionKey, c.ScheduleRevision.ToString(CultureInfo.InvariantCulture));

    private static ChoiceSetInput RoleChoice(string id, string label, Guid? selected, IReadOnlyList<(string Title, string Value)> people) =>
        CardInputs.Choices(id, label, people, selected?.ToString());

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string T(string key, UiLanguage language) => Texts.Get("Status.Meeting." + key, language);
}
