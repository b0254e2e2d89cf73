using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;

namespace TyokykyBot.Status;

/// <summary>
/// Where a case stands, for one reader, drawn from what <see cref="Disclosure.For"/> lets that reader
/// see: a neutral line for someone the consent does not cover; the state for the others; the time,
/// place, join link and attendees once booked; the meeting's controls for the organiser. It never
/// shows a topic, the consent's content or the employee's note.
/// </summary>
public static class CaseStatusCard
{
    /// <summary>The card shows no health detail, so the reader's designation as a handler of health data does not matter here.</summary>
    public static AdaptiveCard Create(Case c, string? readerAadObjectId, UiLanguage language) =>
        Create(c, Disclosure.For(c, Reader.WithoutHealthData(readerAadObjectId)), language);

    public static AdaptiveCard Create(Case c, CaseAccess access, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(access);
        if (!access.KnowsCase)
            return AdaptiveCard.Create(AdaptiveCard.Text(Texts.Get("Case.NotFound", language)));
        var title = AdaptiveCard.Title(string.Format(language.Culture, T("Title", language), c.Code));
        var refresh = CardActions.Execute(T("Refresh", language), StatusVerbs.Refresh, c.Id, sendInputs: false);
        if (!access.SeesStatus)
            return AdaptiveCard.Create(title, AdaptiveCard.Text(T("NotTakingPart", language))).WithActions(refresh);

        var status = c.Status();
        var facts = new List<(string, string)>
        {
            (T("Employee", language), CardText.Name(c.Employee.Person.DisplayName)),
            (T("State", language), T("State." + status.State, language)),
            (T("Consent", language), T("Consent." + status.Consent, language)),
        };
        if (access.SeesMeeting && c.Meeting is { } meeting)
        {
            facts.Add((T("Meeting.Time", language), HelsinkiTime.FormatRange(meeting.Start, meeting.End)));
            facts.Add((T("Meeting.Place", language), c.OnlineAllowed ? T("Meeting.Remote", language) : c.Place ?? T("Meeting.PlaceMissing", language)));
        }

        if (access.SeesAttendees && status.Consent == ConsentStatus.Given)
        {
            if (c.Chair is { } chair)
                facts.Add((T("Meeting.Chair", language), CardText.Name(chair.Person.DisplayName)));
            if (c.Secretary is { } secretary)
                facts.Add((T("Meeting.Secretary", language), CardText.Name(secretary.Person.DisplayName)));
            facts.Add((T("Meeting.Attendees", language), string.Join(", ", c.Attendees().Select(p => CardText.Name(p.Person.DisplayName)))));
        }

        var actions = new List<AdaptiveAction>();
        if (access.SeesJoinLink && c.Meeting?.JoinUrl is { Length: > 0 } joinUrl)
            actions.Add(CardActions.OpenUrl(T("Meeting.Join", language), joinUrl));
        actions.Add(refresh);
        if (access.HoldsControls && c.State is CaseState.Scheduling or CaseState.Scheduled)
            actions.AddRange(OrganizerControls.For(c, language));
        return AdaptiveCard.Create(title, AdaptiveCard.Facts(facts)).WithActions(actions);
    }

    private static string T(string key, UiLanguage language) => Texts.Get("Status." + key, language);
}
