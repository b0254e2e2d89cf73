using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>
/// One participant's Playground page. It keeps every Adaptive Card the page was given, as JSON:
/// those the bot posted (pushed over the page's conversation WebSocket) and those it returned
/// from an Action.Execute (the invoke's HTTP response). The rendered card carries none of the
/// card's input ids in the DOM, so <see cref="CardView"/> finds inputs through this JSON.
/// </summary>
internal sealed class PlaygroundWindow
{
    private readonly List<JsonObject> _cards = [];

    private PlaygroundWindow(Participant participant, IPage page)
    {
        Participant = participant;
        Page = page;
        page.WebSocket += (_, socket) =>
        {
            if (socket.Url.Contains("/_ws_conversation/", StringComparison.Ordinal))
            {
                socket.FrameReceived += (_, frame) => Collect(frame.Text);
            }
        };
        page.Response += async (_, response) =>
        {
            if (response.Request.Method == "POST" && response.Url.Contains("/_conversation/v1/invoke", StringComparison.Ordinal))
            {
                try
                {
                    Collect(await response.TextAsync());
                }
                catch (PlaywrightException)
                {
                    // The page went away first.
                }
            }
        };
    }

    public Participant Participant { get; }

    public IPage Page { get; }

    public IReadOnlyList<JsonObject> Cards
    {
        get { lock (_cards) { return [.. _cards]; } }
    }

    public static Task<PlaygroundWindow> OpenAsync(IBrowser browser, BotAndPlayground apps, Participant participant) =>
        OpenAsync(browser, apps.PlaygroundUrlOf(participant), participant);

    /// <summary>A page of its own (own browser context), listening before it loads.</summary>
    public static async Task<PlaygroundWindow> OpenAsync(IBrowser browser, Uri playground, Participant participant)
    {
        var context = await browser.NewContextAsync();
        var window = new PlaygroundWindow(participant, await context.NewPageAsync());
        await window.Page.GotoAsync(playground.ToString());
        return window;
    }

    public Task SendAsync(string text) => PlaygroundPage.SendAsync(Page, text);

    /// <summary>The newest card whose JSON matches, once it was received and is rendered.</summary>
    public async Task<CardView> WaitForCardAsync(Func<JsonObject, bool> match, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? PlaygroundPage.CardTimeout);
        while (true)
        {
            if (Cards.LastOrDefault(match) is { } json)
            {
                var card = new CardView(Page, json);
                await Assertions.Expect(card.Root).ToBeVisibleAsync(
                    new() { Timeout = (float)Math.Max(1000, (deadline - DateTime.UtcNow).TotalMilliseconds) });
                return card;
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException(
                    $"No {what} reached the {Participant.Role} window; it got {Cards.Count} card(s): " +
                    string.Join(" | ", Cards.Select(CardJson.Describe)));
            }

            await Task.Delay(200);
        }
    }

    private void Collect(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains("AdaptiveCard", StringComparison.Ordinal))
        {
            return;
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return;
        }

        lock (_cards)
        {
            _cards.AddRange(CardJson.FindCards(node));
        }
    }
}

/// <summary>Opens one browser page per participant and runs a test, with screenshots on failure.</summary>
internal static class PlaygroundWindows
{
    public static async Task RunAsync(
        BotAndPlayground apps, Func<IReadOnlyDictionary<Participant, PlaygroundWindow>, Task> test,
        [CallerMemberName] string name = "")
    {
        var (playwright, browser) = await Browser.LaunchAsync();
        var windows = new Dictionary<Participant, PlaygroundWindow>();
        try
        {
            try
            {
                foreach (var participant in apps.Participants)
                {
                    windows[participant] = await PlaygroundWindow.OpenAsync(browser, apps, participant);
                }

                await test(windows);
                if (Environment.GetEnvironmentVariable("TYOKYKY_E2E_SCREENSHOTS") == "1")
                {
                    // What each person's window ended up showing, for a reviewer to look at.
                    await ScreenshotsAsync(windows.Values, name);
                }
            }
            catch (Exception e)
            {
                var shots = await ScreenshotsAsync(windows.Values, name);
                throw new Xunit.Sdk.XunitException(
                    $"{e.Message}\nScreenshots: {string.Join(", ", shots)}\n{apps.DescribeLogs()}", e);
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }

    private static async Task<List<string>> ScreenshotsAsync(IEnumerable<PlaygroundWindow> windows, string name)
    {
        var shots = new List<string>();
        foreach (var window in windows)
        {
            var path = Path.Combine(RepoPaths.ResultsDirectory, $"{name}-{window.Participant.Role}.png");
            await window.Page.ScreenshotAsync(new() { Path = path, FullPage = true });
            shots.Add(path);
        }

        return shots;
    }
}
