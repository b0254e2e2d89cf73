using System.Globalization;
using System.Text.Json.Nodes;
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

    public static IEnumerable<JsonObject> For(Case c, UiLanguage language)
    {
        yield return CardActions.ShowCard(T("Reschedule", language), AdaptiveCard.Create(
                CardInputs.Date("windowStart", Texts.Get("Convene.Card.WindowStart", language), Iso(c.WindowStart)),
                CardInputs.Date("windowEnd", Texts.Get("Convene.Card.WindowEnd", language), Iso(c.WindowEnd)))
            .WithActions(Submit(T("RescheduleSubmit", language), MeetingVerbs.Reschedule, c)));
        if (!c.OnlineAllowed)
        {
            var place = CardInputs.Text("place", T("PlaceInput", language), c.Place, maxLength: ConveneRules.MaxPlaceLength);
            yield return CardActions.ShowCard(T("PlaceSection", language), AdaptiveCard.Create(place)
                .WithActions(Submit(T("PlaceSubmit", language), MeetingVerbs.Place, c)));
        }

        if (c.State == CaseState.Scheduled)
        {
            var people = c.Attendees().Select(p => (p.Person.DisplayName, p.Id.ToString())).ToList();
            yield return CardActions.ShowCard(T("RolesSection", language), AdaptiveCard.Create(
                    RoleChoice("chair", T("Chair", language), c.Chair?.Id, people),
                    RoleChoice("secretary", T("Secretary", language), c.Secretary?.Id, people))
                .WithActions(Submit(T("SetRoles", language), MeetingVerbs.Roles, c)));
        }

        yield return CardActions.ShowCard(T("Cancel", language), AdaptiveCard.Create(AdaptiveCard.Text(T("CancelConfirm", language)))
            .WithActions(Submit(T("CancelSubmit", language), MeetingVerbs.Cancel, c, "destructive", sendInputs: false)));
    }

    private static JsonObject Submit(string title, string verb, Case c, string? style = null, bool sendInputs = true)
    {
        var action = CardActions.Execute(title, verb, c.Id, style, sendInputs);
        action["data"]![RevisionKey] = c.ScheduleRevision.ToString(CultureInfo.InvariantCulture);
        return action;
    }

    private static JsonObject RoleChoice(string id, string label, Guid? selected, IReadOnlyList<(string Title, string Value)> people) => new()
    {
        ["type"] = "Input.ChoiceSet",
        ["id"] = id,
        ["label"] = label,
        ["style"] = "compact",
        ["value"] = selected?.ToString() ?? "",
        ["choices"] = new JsonArray([.. people.Select(p => (JsonNode)new JsonObject { ["title"] = p.Title, ["value"] = p.Value })]),
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string T(string key, UiLanguage language) => Texts.Get("Status.Meeting." + key, language);
}
