using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>
/// A double click on the convene card's send button, in the browser: the Playground sends both
/// clicks to the bot as invokes of the one card, and the bot makes one case of them, so the employee
/// gets one consent card and the supervisor's card becomes one status card.
/// </summary>
public sealed class DoubleClickTests(BotAndThreeWindows apps) : IClassFixture<BotAndThreeWindows>
{
    /// <summary>A second case's consent card would come through the outbox like the first: time for it to arrive.</summary>
    private static readonly TimeSpan SecondCardGrace = TimeSpan.FromSeconds(5);

    [Fact]
    public Task DoubleClickConveneSend_OneConsentCardReachesEmployee_SupervisorSeesOneStatusCard() =>
        PlaygroundWindows.RunAsync(apps, async windows =>
    {
        var (supervisor, employee, oh) =
            (windows[Participant.Supervisor], windows[Participant.Employee], windows[Participant.OccupationalHealth]);
        await CaseSteps.WaitForWelcomesAsync(supervisor, employee, oh);

        var today = DateOnly.FromDateTime(DateTime.Today);
        var (convene, _) = await CaseSteps.FillConveneAsync(supervisor, today.AddDays(7), today.AddDays(28));
        var submits = 0;
        supervisor.Page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.Contains("/_conversation/v1/invoke", StringComparison.Ordinal)
                && request.PostData?.Contains("\"convene.submit\"", StringComparison.Ordinal) == true)
            {
                Interlocked.Increment(ref submits);
            }
        };
        var supervisorCardsBefore = supervisor.Cards.Count;
        await convene.Button("convene.submit").DblClickAsync();

        var consent = await employee.WaitForCardAsync(CaseSteps.IsConsentCard, "consent card");
        await employee.Page.WaitForTimeoutAsync((float)SecondCardGrace.TotalMilliseconds);
        Assert.True(Volatile.Read(ref submits) == 2,
            $"the double click sent {submits} convene submit(s) to the bot, not 2: the test would prove nothing");

        var code = CodeOf("Consent.Card.Title", consent.Json);
        var consentCards = employee.Cards.Where(CaseSteps.IsConsentCard).ToList();
        Assert.True(consentCards.Count == 1,
            $"{consentCards.Count} consent cards reached the employee: " + string.Join(" | ", consentCards.Select(CardJson.Describe)));
        await Assertions.Expect(RenderedCards(employee, AppTexts.Values("Consent.Card.Title"), code)).ToHaveCountAsync(1);

        // Each submit's answer is the status card of the one case; the second replaces the first in place.
        var answers = supervisor.Cards.Skip(supervisorCardsBefore).ToList();
        Assert.True(answers.Count == 2, $"the supervisor got {answers.Count} card(s) back: " + string.Join(" | ", answers.Select(CardJson.Describe)));
        Assert.All(answers, a => Assert.Equal(code, CodeOf("Status.Title", a)));
        await Assertions.Expect(convene.Root).ToHaveCountAsync(0);
        await Assertions.Expect(RenderedCards(supervisor, AppTexts.Values("Status.Title"), code)).ToHaveCountAsync(1);
    });

    /// <summary>The case code in a card's title, the first text, formatted from the resource <paramref name="titleKey"/>.</summary>
    private static string CodeOf(string titleKey, JsonObject card) =>
        AppTexts.ArgumentOf(titleKey, CardJson.TextBlocks(card).FirstOrDefault() ?? "")
            ?? throw new InvalidOperationException($"No case code in the title ({titleKey}): " + CardJson.Describe(card));

    /// <summary>The cards on the page whose title reads one of these formats with this case code.</summary>
    private static ILocator RenderedCards(PlaygroundWindow window, IEnumerable<string> titleFormats, string code)
    {
        var titles = titleFormats.Select(f => string.Format(CultureInfo.InvariantCulture, f, code)).ToList();
        var cards = window.Page.Locator(".ac-adaptiveCard");
        return cards.Filter(new() { Has = window.Page.GetByText(new Regex(
            "^(" + string.Join("|", titles.Select(Regex.Escape)) + ")$")) });
    }
}
