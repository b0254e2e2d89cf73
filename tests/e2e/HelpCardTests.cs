using Microsoft.Playwright;

namespace TyokykyBot.E2E;

public sealed class HelpCardTests(BotAndPlayground apps) : IClassFixture<BotAndPlayground>
{
    [Fact]
    public Task Apua_InPersonalChat_ShowsTheHelpCard() => PlaygroundPage.RunAsync(apps, async page =>
    {
        await PlaygroundPage.SendAsync(page, "apua");

        await Assertions.Expect(PlaygroundPage.Title(page, "TyökykyBotin ohjeet"))
            .ToBeVisibleAsync(new() { Timeout = (float)PlaygroundPage.CardTimeout.TotalMilliseconds });
    });
}
