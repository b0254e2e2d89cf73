using Microsoft.Playwright;

namespace TyokykyBot.E2E;

public sealed class WelcomeCardTests(BotAndPlayground apps) : IClassFixture<BotAndPlayground>
{
    private const string WelcomeTitle = "Tervetuloa TyökykyBotiin";

    [Fact]
    public Task PageLoad_NewConversation_ShowsTheWelcomeCardOnce() => PlaygroundPage.RunAsync(apps, async page =>
    {
        var titles = PlaygroundPage.Title(page, WelcomeTitle);
        await Assertions.Expect(titles.First)
            .ToBeVisibleAsync(new() { Timeout = (float)PlaygroundPage.CardTimeout.TotalMilliseconds });

        // The Playground sends installationUpdate and conversationUpdate (user and bot added) on load;
        // give a duplicate welcome time to arrive before counting.
        await page.WaitForTimeoutAsync(3000);
        await Assertions.Expect(titles).ToHaveCountAsync(1);
    });
}
