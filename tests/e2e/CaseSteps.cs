using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>
/// The steps of a case that several browser tests walk through: every window gets its welcome, the
/// supervisor convenes, the employee consents, the supervisor sees that consent was given.
/// Inputs are found by their card ids and buttons by their verbs (see <see cref="CardView"/>).
/// </summary>
internal static class CaseSteps
{
    public const string OhNurse = "Johanna Heikkinen";
    public const string OutsideOhEmail = "markku.turunen@terveyspalvelu.example";

    /// <summary>The bot learns where to reach each person from the activities a window sends on load.</summary>
    public static async Task WaitForWelcomesAsync(params PlaygroundWindow[] windows)
    {
        foreach (var window in windows)
        {
            await window.WaitForCardAsync(_ => true, "welcome card");
        }
    }

    /// <summary>
    /// Convenes a meeting for Mikko from the supervisor's window, with the OH nurse when the card offers
    /// her (else an outside OH address), in the given window, remote by default. True when the nurse was picked.
    /// </summary>
    public static async Task<bool> ConveneAsync(PlaygroundWindow supervisor, DateOnly windowStart, DateOnly windowEnd)
    {
        var (convene, nurse) = await FillConveneAsync(supervisor, windowStart, windowEnd);
        await convene.ActAsync("convene.submit");
        return nurse;
    }

    /// <summary>The steps of <see cref="ConveneAsync"/> but the send: the filled convene card, and whether the nurse was picked.</summary>
    public static async Task<(CardView Card, bool Nurse)> FillConveneAsync(PlaygroundWindow supervisor, DateOnly windowStart, DateOnly windowEnd)
    {
        await supervisor.SendAsync("/neuvottelu");
        var convene = await supervisor.WaitForCardAsync(
            c => CardJson.HasInput(c, "employeeText") && CardJson.HasAction(c, "convene.submit"), "convene card");
        await convene.FillAsync("employeeText", Participant.Employee.DisplayName);
        var ohChoices = CardJson.Strings(Input(convene, "oh")["choices"]);
        var nurse = ohChoices.Any(t => t.Contains(OhNurse, StringComparison.Ordinal));
        if (nurse)
        {
            await convene.PickAsync("oh", (title, _) => title.Contains(OhNurse, StringComparison.Ordinal));
        }
        else
        {
            await convene.FillAsync("ohEmails", OutsideOhEmail);
        }

        await convene.SetDateAsync("windowStart", windowStart);
        await convene.SetDateAsync("windowEnd", windowEnd);
        Assert.Equal("90", CardJson.Text(Input(convene, "length"), "value"));
        Assert.Equal("remote", CardJson.Text(Input(convene, "mode"), "value"));
        return (convene, nurse);
    }

    /// <summary>
    /// The employee ticks the first topic (and, if asked, allows sharing the topics), answers whether
    /// a remote meeting suits them, and gives consent; the card turns into the summary in place. Returns the topic's id.
    /// </summary>
    public static async Task<string> ConsentAsync(PlaygroundWindow employee, bool shareTopics = false, bool remote = false)
    {
        var consent = await employee.WaitForCardAsync(IsConsentCard, "consent card");
        var topic = CardJson.Inputs(consent.Json).First(IsTopic);
        Assert.False(CardView.IsOn(topic), "a topic toggle was on before the employee chose");
        await consent.CheckAsync(CardJson.Id(topic)!);
        if (shareTopics)
        {
            Assert.False(CardView.IsOn(Input(consent, "shareTopics")), "'shareTopics' was on before the employee chose");
            await consent.CheckAsync("shareTopics");
        }

        // A remote proposal is a required choice with nothing chosen in advance.
        if (CardJson.Inputs(consent.Json).Any(i => CardJson.Id(i) == "remote"))
        {
            Assert.Null(CardJson.Text(Input(consent, "remote"), "value"));
            await consent.PickAsync("remote", (_, value) => value == (remote ? "remote" : "onSite"));
        }

        var cardsBefore = employee.Cards.Count;
        await consent.ActAsync("consent.give");

        var summary = await employee.WaitForCardAsync(
            c => employee.Cards.Skip(cardsBefore).Contains(c)
                && (CardJson.Verbs(c).Contains("consent.change") || CardJson.Verbs(c).Contains("consent.withdraw")),
            "consent summary");
        await Assertions.Expect(consent.Root).ToHaveCountAsync(0);
        await Assertions.Expect(summary.Root).ToBeVisibleAsync();
        return CardJson.Id(topic)!["topic:".Length..];
    }

    /// <summary>The supervisor's status card once it says that consent was given; it shows that text.</summary>
    public static async Task<CardView> WaitForConsentGivenAsync(PlaygroundWindow supervisor)
    {
        var given = AppTexts.Values("Status.Consent.Given");
        var status = await supervisor.WaitForCardAsync(
            c => CardJson.Strings(c).Any(s => given.Any(g => s.Contains(g, StringComparison.Ordinal))), "consent-given status");
        var shown = given.First(g => CardJson.Strings(status.Json).Any(s => s.Contains(g, StringComparison.Ordinal)));
        await Assertions.Expect(status.Root).ToContainTextAsync(shown);
        return status;
    }

    /// <summary>
    /// Neither the status card nor anything else on the supervisor's page names a consent topic; with
    /// <paramref name="except"/>, but for that card (one the employee allowed to name the topics).
    /// </summary>
    public static async Task AssertNoTopicShownAsync(PlaygroundWindow supervisor, JsonObject statusCard, CardView? except = null)
    {
        var topicNames = AppTexts.TopicLabels();
        Assert.DoesNotContain(CardJson.Strings(statusCard), s => topicNames.Any(t => s.Contains(t, StringComparison.OrdinalIgnoreCase)));
        string supervisorSees;
        if (except is null)
        {
            supervisorSees = await supervisor.Page.Locator("body").InnerTextAsync();
        }
        else
        {
            // Every text node on the page (hidden ones too), but those inside the excepted card.
            var skipped = await except.Root.ElementHandleAsync();
            supervisorSees = await supervisor.Page.EvaluateAsync<string>(
                """
                skipped => {
                    const parts = [];
                    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
                    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        const parent = node.parentElement;
                        if (parent && !parent.closest('script, style') && !skipped.contains(node)) {
                            parts.push(node.textContent);
                        }
                    }
                    return parts.join(' ');
                }
                """, skipped);
        }

        Assert.DoesNotContain(topicNames, t => supervisorSees.Contains(t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The employee's consent card (not its summary): topics to tick and a give button.</summary>
    public static bool IsConsentCard(JsonObject card) =>
        CardJson.Inputs(card).Any(IsTopic) && CardJson.HasAction(card, "consent.give");

    private static bool IsTopic(JsonObject input) =>
        CardJson.Type(input) == "Input.Toggle" && CardJson.Id(input)?.StartsWith("topic:", StringComparison.Ordinal) == true;

    private static JsonObject Input(CardView card, string id) => CardJson.Inputs(card.Json).Single(i => CardJson.Id(i) == id);
}
