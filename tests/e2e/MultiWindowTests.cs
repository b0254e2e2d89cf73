using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>
/// Three Playgrounds, each signed in as another person (playground/*.yml), talk to one bot at once:
/// each gets its own welcome, and an answer goes to the window that asked, not to the others.
/// </summary>
public sealed class MultiWindowTests(BotAndThreeWindows apps) : IClassFixture<BotAndThreeWindows>
{
    private const string WelcomeTitle = "Tervetuloa TyökykyBotiin";
    private const string HelpTitle = "TyökykyBotin ohjeet";
    private static readonly LocatorAssertionsToBeVisibleOptions CardVisible =
        new() { Timeout = (float)PlaygroundPage.CardTimeout.TotalMilliseconds };

    [Fact]
    public Task ThreeWindows_EachItsOwnPerson_HelpOnlyInTheWindowThatAsked() => PlaygroundWindows.RunAsync(apps, async windows =>
    {
        foreach (var window in windows.Values)
        {
            // The Playground's header names the signed-in user: the config file took.
            await Assertions.Expect(window.Page.GetByRole(AriaRole.Toolbar)
                    .GetByText(window.Participant.DisplayName, new() { Exact = true }))
                .ToBeVisibleAsync(CardVisible);
            await Assertions.Expect(PlaygroundPage.Title(window.Page, WelcomeTitle).First).ToBeVisibleAsync(CardVisible);
        }

        var employee = windows[Participant.Employee];
        await employee.SendAsync("apua");
        await Assertions.Expect(PlaygroundPage.Title(employee.Page, HelpTitle)).ToBeVisibleAsync(CardVisible);

        // Give a misdirected reply time to arrive before looking for it.
        await employee.Page.WaitForTimeoutAsync(3000);
        foreach (var other in windows.Values.Where(w => w != employee))
        {
            await Assertions.Expect(PlaygroundPage.Title(other.Page, HelpTitle)).ToHaveCountAsync(0);
            await Assertions.Expect(PlaygroundPage.Title(other.Page, WelcomeTitle)).ToHaveCountAsync(1);
        }
    });
}
