using System.Globalization;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Consent;

/// <summary>
/// For the employee only: what the latest consent version says, with "change" and "withdraw".
/// A declined or withdrawn case gets a closed card without actions.
/// </summary>
public static class ConsentSummaryCard
{
    public static AdaptiveCard Create(Case c, SeedCatalog seeds, UiLanguage language)
    {
        string T(string key) => Texts.Get("Consent.Summary." + key, language);
        var latest = c.LatestConsent;
        return latest?.Decision switch
        {
            ConsentDecision.Given => Given(c, latest, seeds, language),
            ConsentDecision.Declined => Closed(c, T("Declined"), language),
            ConsentDecision.Withdrawn => Closed(c, string.Format(language.Culture, T("WithdrawnText"), When(latest.RecordedAt)), language),
            _ => Closed(c, T("Pending"), language),
        };
    }

    private static AdaptiveCard Given(Case c, ConsentVersion version, SeedCatalog seeds, UiLanguage language)
    {
        string T(string key) => Texts.Get("Consent.Summary." + key, language);
        string YesNo(bool value) => Texts.Get(value ? "Card.Yes" : "Card.No", language);
        string Person(Participant p) => $"{CardText.Name(p.Person.DisplayName)} ({seeds.Label(p.Role, language.Code)})";
        var topics = version.Topics.Select(seeds.FindConsentTopic).OfType<ConsentTopic>().Select(t => t.Label.Get(language.Code));
        var facts = new List<(string, string)>();
        if (c.Mode == MeetingMode.Remote)
            facts.Add((T("Remote"), YesNo(version.RemoteMeeting)));
        facts.Add((T("ShareTopics"), YesNo(version.MayShareTopics)));

        var confirm = AdaptiveCard.Shown(AdaptiveCard.Text(T("WithdrawConfirm")))
            .WithActions(CardActions.Execute(T("WithdrawConfirmButton"), ConsentVerbs.Withdraw, c.Id, style: "destructive", sendInputs: false));
        return AdaptiveCard.Create(
        [
            AdaptiveCard.Title(string.Format(language.Culture, T("Title"), c.Code)),
            AdaptiveCard.Text(string.Format(language.Culture, T("Version"), version.Number, When(version.RecordedAt)), subtle: true),
            AdaptiveCard.Heading(T("Topics")),
            AdaptiveCard.Text(List(topics, language)),
            AdaptiveCard.Heading(T("Attendees")),
            AdaptiveCard.Text(List(c.Attendees().Where(p => p.Role != CaseRole.Employee).Select(Person), language)),
            AdaptiveCard.Heading(T("MemoRecipients")),
            AdaptiveCard.Text(List(c.MemoRecipients().Select(Person), language)),
            AdaptiveCard.Facts(facts),
            version.Note is not null ? AdaptiveCard.Heading(T("Note")) : null,
            version.Note is { } text ? AdaptiveCard.Text(text) : null,
        ])
        .WithActions(
            CardActions.Execute(T("Change"), ConsentVerbs.Change, c.Id, sendInputs: false),
            CardActions.ShowCard(T("Withdraw"), confirm));
    }

    private static AdaptiveCard Closed(Case c, string text, UiLanguage language) => AdaptiveCard.Create(
        AdaptiveCard.Title(string.Format(language.Culture, Texts.Get("Status.Title", language), c.Code)),
        AdaptiveCard.Text(text));

    private static string List(IEnumerable<string> items, UiLanguage language)
    {
        var lines = items.Select(i => "- " + i).ToList();
        return lines.Count == 0 ? Texts.Get("Consent.Summary.Nobody", language) : string.Join("\n", lines);
    }

    /// <summary>Teams shows the date and time in the reader's own time zone and locale.</summary>
    private static string When(DateTimeOffset at)
    {
        var utc = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return $"{{{{DATE({utc}, SHORT)}}}} {{{{TIME({utc})}}}}";
    }
}
