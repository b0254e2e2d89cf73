using System.Globalization;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Memos;

/// <summary>One part of the memo as read: a heading, label–value facts and paragraphs.</summary>
public sealed record MemoDocumentSection(string Heading, IReadOnlyList<(string Label, string Value)> Facts, IReadOnlyList<string> Paragraphs);

/// <summary>
/// What one memo version says, in one language: what the approval and recipients' cards and the PDF
/// show. Time, place and people come from the case; the topics carry their names only where the latest
/// consent lets them be shared, else neutral headings ("Asia 1", …). Only drawn for a reader whose
/// <see cref="MemoAccess.SeesText"/> holds.
/// </summary>
public sealed record MemoDocument(string Title, int Version, IReadOnlyList<MemoDocumentSection> Sections, string Footer)
{
    public static MemoDocument Of(Case c, Memo memo, SeedCatalog seeds, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(memo);
        ArgumentNullException.ThrowIfNull(seeds);
        string T(string key) => Texts.Get(key, language);
        string F(string key, params object[] args) => string.Format(language.Culture, T(key), args);
        string Person(Guid id) => c.Participants.FirstOrDefault(p => p.Id == id) is { } p
            ? $"{CardText.Name(p.Person.DisplayName)} ({seeds.Label(p.Role, language.Code)})"
            : T("Memo.Doc.Unknown");
        string Names(IEnumerable<Guid> ids) => ids.Any() ? string.Join(", ", ids.Select(Person)) : T("Memo.Doc.Nobody");

        var content = memo.Content;
        var meeting = memo.MeetingNumber == c.MeetingNumber ? c.Meeting : null;
        var sections = new List<MemoDocumentSection>
        {
            new(T("Memo.Doc.Meeting"),
            [
                (T("Memo.Doc.Time"), meeting is { } m ? HelsinkiTime.FormatRange(m.Start, m.End) : T("Memo.Doc.Unknown")),
                (T("Memo.Doc.Place"), c.OnlineAllowed ? T("Memo.Doc.Teams") : c.Place ?? T("Memo.Doc.Unknown")),
                (T("Memo.Doc.Chair"), c.ChairId is { } chair ? Person(chair) : T("Memo.Doc.Unknown")),
                (T("Memo.Doc.Secretary"), Person(memo.WrittenBy)),
                (T("Memo.Doc.Invited"), Names(c.Attendees().Select(p => p.Id))),
                (T("Memo.Doc.Attended"), Names(content.AttendeeIds)),
            ], []),
        };

        var showTopicNames = c.MayShareTopics;
        var topics = content.Topics.Select((t, i) => (Heading: showTopicNames && seeds.FindConsentTopic(t.Topic) is { } topic
                ? topic.Label.Get(language.Code)
                : F("Memo.Doc.NeutralTopic", i + 1), t.Summary))
            .Where(t => t.Summary.Length > 0)
            .ToList();
        if (topics.Count > 0)
        {
            sections.Add(new(T("Memo.Doc.Topics"), [], [.. topics.Select(t => $"{t.Heading}: {t.Summary}")]));
        }

        if (Arrangements(content.Arrangements, language) is { Count: > 0 } arrangements)
        {
            sections.Add(new(T("Memo.Doc.Arrangements"), arrangements, []));
        }

        if (content.Decisions.Length > 0)
        {
            sections.Add(new(T("Memo.Doc.Decisions"), [], [content.Decisions]));
        }

        if (content.Actions.Count > 0)
        {
            sections.Add(new(T("Memo.Doc.Actions"), [], [.. content.Actions.Select(a => F("Memo.Doc.Action", a.What, Person(a.OwnerId),
                a.DueOn is { } due ? Date(due) : T("Memo.Doc.Unknown")))]));
        }

        var followUp = content.NoFollowUp ? T("Memo.Doc.NoFollowUp")
            : content.FollowUpOn is { } on ? Date(on) : T("Memo.Doc.Unknown");
        sections.Add(new(T("Memo.Doc.FollowUp"), [(T("Memo.Doc.FollowUpOn"), followUp)], []));
        sections.Add(new(T("Memo.Doc.Recipients"), [], [Names(Disclosure.MemoRecipients(c, memo).Select(p => p.Id))]));
        return new MemoDocument(F("Memo.Doc.Title", c.Code), memo.Number, sections, T("Memo.Doc.Footer"));
    }

    /// <summary>Every text of the document in reading order, for a PDF or a search of what it holds.</summary>
    public IEnumerable<string> Lines()
    {
        yield return Title;
        foreach (var section in Sections)
        {
            yield return section.Heading;
            foreach (var (label, value) in section.Facts)
                yield return $"{label}: {value}";
            foreach (var paragraph in section.Paragraphs)
                yield return paragraph;
        }

        yield return Footer;
    }

    private static string Date(DateOnly day) => day.ToString("d.M.yyyy", CultureInfo.InvariantCulture);

    private static List<(string Label, string Value)> Arrangements(MemoArrangements a, UiLanguage language)
    {
        string T(string key) => Texts.Get(key, language);
        string F(string key, params object?[] args) => string.Format(language.Culture, T(key), args);
        string Period(DateOnly? start, DateOnly? end) => $"{(start is { } s ? Date(s) : "")}–{(end is { } e ? Date(e) : "")}";
        var facts = new List<(string, string)>();
        if (a.ChangedDuties is { Length: > 0 } duties)
            facts.Add((T("Memo.Doc.ChangedDuties"), duties));
        if (a.ReducedTime is { } reduced)
        {
            facts.Add((T(reduced.PartialSicknessAllowance ? "Memo.Doc.PartialAllowance" : "Memo.Doc.ReducedTime"),
                F("Memo.Doc.ReducedTimeValue", reduced.SharePercent, Period(reduced.Start, reduced.End))));
        }

        if (a.Trial is { } trial)
        {
            facts.Add((T("Memo.Doc.WorkTrial"), F("Memo.Doc.WorkTrialValue", trial.Tasks, trial.Hours, Period(trial.Start, trial.End), trial.ContactPerson)));
        }

        if (a.WorkAids is { Length: > 0 } aids)
            facts.Add((T("Memo.Doc.WorkAids"), aids));
        if (a.Community is { } community)
            facts.Add((T("Memo.Doc.Community"), F("Memo.Doc.CommunityValue", community.What, community.ByWhom)));
        return facts;
    }
}
