using System.Net;
using System.Text.Json;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.Meetings;

namespace TyokykyBot.Tests.Meetings;

/// <summary>The calendar invitation is seen by every attendee, outsiders included: nothing of the consent in it.</summary>
public class MeetingInvitationTests
{
    private const string Canary = "kanarialintu-kutsu-7f3a";

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void SubjectAndBody_CaseWithEveryTopicAndANote_CarryNoTopicNoHealthWordNoNote(string language)
    {
        var c = CaseWithConsent();
        var ui = UiLanguage.Parse(language)!;
        var start = new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(2));

        // Decoded: the body is HTML, and "ö" travels as "&#246;".
        var text = WebUtility.HtmlDecode(MeetingInvitation.Subject(new MeetingOptions(), c) + MeetingInvitation.Body(c, start, start.AddMinutes(90), ui));

        Assert.Contains(c.Code, text);
        Assert.DoesNotContain(Canary, text);
        foreach (var word in TopicWords())
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var healthWord in new[] { "sairau", "terveys", "diagno", "kuntoutus", "työkyky", "tyokyky", "arbetsförmåga", "work ability", "sjuk", "hälsa", "health", "sick", "rehabilitation" })
        {
            Assert.DoesNotContain(healthWord, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Subject_IsTheConfiguredNeutralWordAndTheCode()
    {
        var c = CaseWithConsent();

        Assert.Equal($"Neuvottelu {c.Code}", MeetingInvitation.Subject(new MeetingOptions(), c));
    }

    private static IEnumerable<string> TopicWords()
    {
        using var topics = JsonDocument.Parse(File.ReadAllText(SeedsFile("consent-topics.json")));
        foreach (var topic in topics.RootElement.GetProperty("items").EnumerateArray())
        {
            yield return topic.GetProperty("id").GetString()!;
            foreach (var label in topic.GetProperty("label").EnumerateObject())
            {
                yield return label.Value.GetString()!;
            }
        }
    }

    private static string SeedsFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(name);
    }

    private static Case CaseWithConsent()
    {
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.FromHours(2));
        var employee = PersonRef.Insider("emp-1", "Mikko Korhonen", "mikko@contoso.example");
        var supervisor = PersonRef.Insider("sup-1", "Aino Virtanen", "aino@contoso.example");
        var request = new ConveneRequest
        {
            Convener = supervisor,
            ConvenerRole = CaseRole.Supervisor,
            Employee = employee,
            Supervisor = supervisor,
            OccupationalHealth = [new ParticipantEntry(PersonRef.Outsider("oh@terveyspalvelu.example", "Markku Turunen"), CaseRole.OhPhysician)],
            WindowStart = new DateOnly(2026, 11, 30),
            WindowEnd = new DateOnly(2026, 12, 11),
        };
        var c = Case.Convene(request, Guid.NewGuid(), now).Case!;
        var topics = TopicWords().Where(w => w.Contains('-') && w == w.ToLowerInvariant()).ToList();
        var result = c.RecordConsent(employee, new ConsentDraft { Topics = topics, MayShareTopics = true, RemoteMeeting = true, Note = Canary }, now);
        Assert.Equal(ConsentOutcome.Recorded, result.Outcome);
        return c;
    }
}
