using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>Opens the Playground in Chromium and runs one test against it, with a screenshot on failure.</summary>
internal static class PlaygroundPage
{
    public static readonly TimeSpan CardTimeout = TimeSpan.FromSeconds(30);

    public static async Task RunAsync(BotAndPlayground apps, Func<IPage, Task> test, [CallerMemberName] string name = "")
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        try
        {
            var page = await browser.NewPageAsync();
            try
            {
                await page.GotoAsync(apps.PlaygroundUrl.ToString());
                await test(page);
            }
            catch (Exception e)
            {
                var screenshot = Path.Combine(RepoPaths.ResultsDirectory, $"{name}.png");
                await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
                throw new Xunit.Sdk.XunitException($"{e.Message}\nScreenshot: {screenshot}\n{apps.DescribeLogs()}", e);
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    public static async Task SendAsync(IPage page, string text)
    {
        var chatBox = page.Locator("[data-lexical-editor=true][role=textbox]");
        await chatBox.ClickAsync();
        await chatBox.PressSequentiallyAsync(text);
        await chatBox.PressAsync("Enter");
    }

    public static ILocator Title(IPage page, string title) => page.GetByText(title, new() { Exact = true });
}
