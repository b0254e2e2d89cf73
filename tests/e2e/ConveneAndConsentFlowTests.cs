using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>
/// The walk-through a person does with script/server, in three windows: the supervisor convenes,
/// the employee consents privately, the supervisor sees that consent was given and nothing of what.
/// Inputs are found by their card ids and buttons by their verbs (see <see cref="CardView"/>), so
/// the cards' wording can change without touching this test.
/// </summary>
public sealed class ConveneAndConsentFlowTests(BotAndThreeWindows apps) : IClassFixture<BotAndThreeWindows>
{
    private const string OhNurse = "Johanna Heikkinen";
    private const string OutsideOhEmail = "markku.turunen@terveyspalvelu.example";

    [Fact]
    public Task Convene_EmployeeConsents_SupervisorSeesConsentGivenWithoutTopics() => PlaygroundWindows.RunAsync(apps, async windows =>
    {
        var (supervisor, employee, oh) =
            (windows[Participant.Supervisor], windows[Participant.Employee], windows[Participant.OccupationalHealth]);
        // The bot learns where to reach each person from the activities a window sends on load.
        foreach (var window in new[] { supervisor, employee, oh })
        {
            await window.WaitForCardAsync(_ => true, "welcome card");
        }

        await supervisor.SendAsync("/neuvottelu");
        var convene = await supervisor.WaitForCardAsync(
            c => CardJson.HasInput(c, "employeeText") && CardJson.HasAction(c, "convene.submit"), "convene card");
        await convene.FillAsync("employeeText", "Mikko Korhonen");
        var ohChoices = CardJson.Strings(Input(convene, "oh")["choices"]);
        if (ohChoices.Any(t => t.Contains(OhNurse, StringComparison.Ordinal)))
        {
            await convene.PickAsync("oh", (title, _) => title.Contains(OhNurse, StringComparison.Ordinal));
        }
        else
        {
            await convene.FillAsync("ohEmails", OutsideOhEmail);
        }

        var today = DateOnly.FromDateTime(DateTime.Today);
        await convene.SetDateAsync("windowStart", today.AddDays(7));
        await convene.SetDateAsync("windowEnd", today.AddDays(28));
        Assert.Equal("90", CardJson.Text(Input(convene, "length"), "value"));
        await convene.ActAsync("convene.submit");

        var consent = await employee.WaitForCardAsync(
            c => CardJson.Inputs(c).Any(IsTopic) && CardJson.HasAction(c, "consent.give"), "consent card");
        var topic = CardJson.Inputs(consent.Json).First(IsTopic);
        Assert.False(CardView.IsOn(topic), "a topic toggle was on before the employee chose");
        await consent.CheckAsync(CardJson.Id(topic)!);
        var cardsBefore = employee.Cards.Count;
        await consent.ActAsync("consent.give");

        // The consent card turns into the summary, in place.
        var summary = await employee.WaitForCardAsync(
            c => employee.Cards.Skip(cardsBefore).Contains(c)
                && (CardJson.Verbs(c).Contains("consent.change") || CardJson.Verbs(c).Contains("consent.withdraw")),
            "consent summary");
        await Assertions.Expect(consent.Root).ToHaveCountAsync(0);
        await Assertions.Expect(summary.Root).ToBeVisibleAsync();

        var given = ResourceValues("Status.Consent.Given");
        var status = await supervisor.WaitForCardAsync(
            c => CardJson.Strings(c).Any(s => given.Any(g => s.Contains(g, StringComparison.Ordinal))), "consent-given status");
        var shown = given.First(g => CardJson.Strings(status.Json).Any(s => s.Contains(g, StringComparison.Ordinal)));
        await Assertions.Expect(status.Root).ToContainTextAsync(shown);

        var topicNames = TopicLabels();
        Assert.DoesNotContain(CardJson.Strings(status.Json), s => topicNames.Any(t => s.Contains(t, StringComparison.OrdinalIgnoreCase)));
        var supervisorSees = await supervisor.Page.Locator("body").InnerTextAsync();
        Assert.DoesNotContain(topicNames, t => supervisorSees.Contains(t, StringComparison.OrdinalIgnoreCase));
    });

    private static bool IsTopic(JsonObject input) =>
        CardJson.Type(input) == "Input.Toggle" && CardJson.Id(input)?.StartsWith("topic:", StringComparison.Ordinal) == true;

    private static JsonObject Input(CardView card, string id) => CardJson.Inputs(card.Json).Single(i => CardJson.Id(i) == id);

    /// <summary>A UI string in every language, from the app's resx files: the test follows the wording.</summary>
    private static List<string> ResourceValues(string key)
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "TyokykyBot", "Localization");
        var values = Directory.GetFiles(folder, "Strings*.resx")
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data"))
            .Where(d => (string?)d.Attribute("name") == key)
            .Select(d => (string?)d.Element("value"))
            .OfType<string>()
            .ToList();
        Assert.True(values.Count > 0, $"No resource '{key}' in {folder}/Strings*.resx.");
        return values;
    }

    /// <summary>Every consent topic's label in every language, from seeds/consent-topics.json.</summary>
    private static List<string> TopicLabels()
    {
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "consent-topics.json")))!;
        return [.. seed["items"]!.AsArray().SelectMany(t => CardJson.Strings(t!["label"]))];
    }
}
