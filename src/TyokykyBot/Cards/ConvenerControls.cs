using System.Globalization;
using System.Text.Json.Nodes;
using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Cards;

/// <summary>The convener's buttons on the status card: move or widen the window, chair and secretary, cancel.</summary>
public static class ConvenerControls
{
    public static void AddTo(JsonObject card, Case c, UiLanguage language)
    {
        var actions = card["actions"]!.AsArray();
        actions.Add(CardActions.ShowCard(Texts.Get("Status.Meeting.Reschedule", language), AdaptiveCard.Create(
                CardInputs.Date("windowStart", Texts.Get("Convene.Card.WindowStart", language), c.WindowStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                CardInputs.Date("windowEnd", Texts.Get("Convene.Card.WindowEnd", language), c.WindowEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .WithActions(CardActions.Execute(Texts.Get("Status.Meeting.Reschedule", language), CardVerbs.MeetingReschedule, c.Id))));
        if (c.State == CaseState.Scheduled)
        {
            var people = c.Attendees().Select(p => (p.Person.DisplayName, p.Id.ToString())).ToList();
            actions.Add(CardActions.ShowCard(Texts.Get("Status.Meeting.SetRoles", language), AdaptiveCard.Create(
                    RoleChoice("chair", Texts.Get("Status.Meeting.Chair", language), c.Chair?.Id, people),
                    RoleChoice("secretary", Texts.Get("Status.Meeting.Secretary", language), c.Secretary?.Id, people))
                .WithActions(CardActions.Execute(Texts.Get("Status.Meeting.SetRoles", language), CardVerbs.MeetingRoles, c.Id))));
        }

        actions.Add(CardActions.ShowCard(Texts.Get("Status.Meeting.Cancel", language), AdaptiveCard.Create(
                AdaptiveCard.Text(Texts.Get("Status.Meeting.CancelConfirm", language)))
            .WithActions(CardActions.Execute(Texts.Get("Status.Meeting.Cancel", language), CardVerbs.MeetingCancel, c.Id, "destructive", sendInputs: false))));
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
}
