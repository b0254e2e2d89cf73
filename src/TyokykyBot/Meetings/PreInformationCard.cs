using System.Text.Json.Nodes;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Meetings;

/// <summary>
/// Pre-information (esitiedot) for one internal participant: time, join link, roles, the agreed
/// topics only when the employee allowed sharing them, the preparation questions of their own
/// role, and for a remote meeting the confirmation of a private space.
/// </summary>
public static class PreInformationCard
{
    public static JsonObject Create(Case c, Participant reader, SeedCatalog seeds, UiLanguage language)
    {
        var meeting = c.Meeting!;
        var open = Texts.Get("Meeting.Body.RoleOpen", language);
        var body = new List<JsonNode?>
        {
            AdaptiveCard.Title(string.Format(language.Culture, Texts.Get("PreInfo.Title", language), c.Code)),
            AdaptiveCard.Facts(
            [
                (Texts.Get("Status.Meeting.Time", language), HelsinkiTime.Format(meeting.Start)),
                (Texts.Get("PreInfo.YourRole", language), seeds.Label(reader.Role, language.Code)),
                (Texts.Get("Status.Meeting.Chair", language), c.Chair?.Person.DisplayName ?? open),
                (Texts.Get("Status.Meeting.Secretary", language), c.Secretary?.Person.DisplayName ?? open),
            ]),
            AdaptiveCard.Heading(Texts.Get("PreInfo.Topics", language)),
        };
        if (c.MayShareTopics)
        {
            body.AddRange(c.AgreedTopics().Select(id => seeds.FindConsentTopic(id)?.Label.Get(language.Code))
                .Where(label => label is not null).Select(label => (JsonNode)AdaptiveCard.Text("• " + label)));
        }
        else
        {
            body.Add(AdaptiveCard.Text(Texts.Get("PreInfo.TopicsNotShared", language), subtle: true));
        }

        body.Add(AdaptiveCard.Heading(Texts.Get("PreInfo.Questions", language)));
        body.AddRange(seeds.QuestionsFor(reader.Role.ToRoleId()).Select(q => (JsonNode)AdaptiveCard.Text("• " + q.Text.Get(language.Code))));
        var actions = new List<JsonNode?>();
        if (meeting.JoinUrl is { Length: > 0 } joinUrl)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = Texts.Get("Status.Meeting.Join", language), ["url"] = joinUrl });
        }

        if (c.Mode == MeetingMode.Remote)
        {
            body.Add(AdaptiveCard.Text(Texts.Get("PreInfo.RemoteAsk", language)));
            actions.Add(CardActions.Execute(Texts.Get("PreInfo.ConfirmRemote", language), CardVerbs.PreInfoConfirmRemote, c.Id, sendInputs: false));
        }

        // Built once, when the body is complete: a JSON node can belong to one card only.
        return AdaptiveCard.Create(body).WithActions(actions);
    }
}
