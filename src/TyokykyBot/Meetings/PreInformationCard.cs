using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Meetings;

/// <summary>
/// Pre-information (esitiedot) for one internal participant, as the disclosure rule lets them see it:
/// time and place or join link, roles, the agreed topics only when the employee allowed sharing
/// them, the employee's note to the participants, the preparation questions of their own role, and
/// for a remote meeting the confirmation of a private space. Re-rendered in place on every change.
/// </summary>
public static class PreInformationCard
{
    public static AdaptiveCard Create(Case c, CaseAccess access, SeedCatalog seeds, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(access);
        var title = AdaptiveCard.Title(string.Format(language.Culture, Texts.Get("PreInfo.Title", language), c.Code));
        if (!access.ReceivesPreInformation || !access.SeesMeeting || access.As is not { } reader || c.Meeting is not { } meeting)
        {
            return AdaptiveCard.Create(title, AdaptiveCard.Text(Texts.Get("PreInfo.NoLongerCurrent", language)));
        }

        var open = Texts.Get("Meeting.Body.RoleOpen", language);
        var body = new List<CardElement>
        {
            title,
            AdaptiveCard.Facts(
            [
                (Texts.Get("Status.Meeting.Time", language), HelsinkiTime.FormatRange(meeting.Start, meeting.End)),
                (Texts.Get("Status.Meeting.Place", language), c.OnlineAllowed
                    ? Texts.Get("Status.Meeting.Remote", language)
                    : c.Place ?? Texts.Get("Status.Meeting.PlaceMissing", language)),
                (Texts.Get("PreInfo.YourRole", language), seeds.Label(reader.Role, language.Code)),
                (Texts.Get("Status.Meeting.Chair", language), c.Chair is { } chair ? CardText.Name(chair.Person.DisplayName) : open),
                (Texts.Get("Status.Meeting.Secretary", language), c.Secretary is { } secretary ? CardText.Name(secretary.Person.DisplayName) : open),
            ]),
            AdaptiveCard.Heading(Texts.Get("PreInfo.Topics", language)),
        };
        if (access.SeesTopics)
        {
            body.AddRange(c.AgreedTopics().Select(id => seeds.FindConsentTopic(id)?.Label.Get(language.Code))
                .OfType<string>().Select(label => AdaptiveCard.Text("• " + label)));
        }
        else
        {
            body.Add(AdaptiveCard.Text(Texts.Get("PreInfo.TopicsNotShared", language), subtle: true));
        }

        if (access.SeesNote && c.LatestConsent?.Note is { Length: > 0 } note)
        {
            body.Add(AdaptiveCard.Heading(Texts.Get("PreInfo.EmployeeNote", language)));
            body.Add(AdaptiveCard.Text(note));
        }

        body.Add(AdaptiveCard.Heading(Texts.Get("PreInfo.Questions", language)));
        body.AddRange(seeds.QuestionsFor(reader.Role.ToRoleId()).Select(q => AdaptiveCard.Text("• " + q.Text.Get(language.Code))));
        var actions = new List<AdaptiveAction>();
        if (access.SeesJoinLink && meeting.JoinUrl is { Length: > 0 } joinUrl)
        {
            actions.Add(CardActions.OpenUrl(Texts.Get("Status.Meeting.Join", language), joinUrl));
        }

        if (c.OnlineAllowed)
        {
            if (c.ConfirmedRemote(reader))
            {
                body.Add(AdaptiveCard.Text(Texts.Get("PreInfo.RemoteConfirmed", language)) with { Color = "good" });
            }
            else
            {
                body.Add(AdaptiveCard.Text(Texts.Get("PreInfo.RemoteAsk", language)));
                actions.Add(CardActions.Execute(Texts.Get("PreInfo.ConfirmRemote", language), MeetingVerbs.ConfirmRemote, c.Id, sendInputs: false));
            }
        }

        return AdaptiveCard.Create(body).WithActions(actions);
    }
}
