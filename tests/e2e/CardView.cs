using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TyokykyBot.E2E;

/// <summary>
/// A rendered Adaptive Card, driven by its inputs' ids and its actions' verbs.
///
/// The Playground renders cards with Fluent UI and gives every control a random DOM id
/// (<c>__ac-&lt;guid&gt;</c>); the card's input id appears nowhere in the page. What it does keep is
/// accessibility: each input's <c>label</c> (a toggle's <c>title</c>) is its accessible name, through
/// <c>aria-labelledby</c>. So an input is found by the role its type renders as and the name its
/// JSON gives it, the n-th of that name when several share it (the person fallbacks do). No UI text
/// is written here: every name comes from the card the bot sent.
/// </summary>
internal sealed partial class CardView
{
    private readonly IPage _page;

    public CardView(IPage page, JsonObject json)
    {
        _page = page;
        Json = json;
        Root = FindRoot();
    }

    public JsonObject Json { get; }

    /// <summary>The newest rendered card that holds this card's first input (or first button, or first text).</summary>
    public ILocator Root { get; }

    public ILocator Input(string id)
    {
        var (input, role, name, nth) = Describe(id);
        _ = input;
        return Root.GetByRole(role, new() { NameRegex = name }).Nth(nth);
    }

    public Task FillAsync(string id, string text) => Input(id).FillAsync(text);

    public Task CheckAsync(string id) => Input(id).CheckAsync();

    /// <summary>
    /// Types the date into the Fluent date picker, which reads an ISO date, shows it as
    /// "December 1, 2026" and submits yyyy-MM-dd. Enter takes the date and opens the calendar, a
    /// modal dialog that takes the focus and hides the card from the accessibility tree; Escape,
    /// pressed wherever the focus now is, closes it.
    /// </summary>
    public async Task SetDateAsync(string id, DateOnly date)
    {
        var input = Input(id);
        await input.FillAsync(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await input.PressAsync("Enter");
        await Assertions.Expect(_page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(1);
        await _page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(_page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await Assertions.Expect(input).Not.ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(input).ToHaveValueAsync(date.ToString("MMMM d, yyyy", CultureInfo.GetCultureInfo("en-US")));
    }

    /// <summary>Chooses in a choice set every choice whose title and value match.</summary>
    public async Task PickAsync(string id, Func<string, string, bool> match)
    {
        var (input, role, _, _) = Describe(id);
        var titles = (input["choices"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(c => match(CardJson.Text(c, "title") ?? "", CardJson.Text(c, "value") ?? ""))
            .Select(c => CardJson.Text(c, "title")!)
            .ToList();
        if (titles.Count == 0)
        {
            throw new InvalidOperationException($"No choice of '{id}' matches; it offers: " + input["choices"]?.ToJsonString());
        }

        if (role == AriaRole.Radiogroup)
        {
            await Input(id).GetByRole(AriaRole.Radio, new() { Name = titles[0], Exact = true }).CheckAsync();
            return;
        }

        var multi = input["isMultiSelect"]?.GetValue<bool>() == true;
        var box = Input(id);
        await box.ClickAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        // The list is a popup at the end of <body>, tied to the box by aria-controls.
        var list = _page.Locator($"[id='{await box.GetAttributeAsync("aria-controls")}']");
        foreach (var title in titles)
        {
            await list.GetByRole(multi ? AriaRole.Menuitemcheckbox : AriaRole.Option, new() { Name = title, Exact = true }).ClickAsync();
        }

        if (multi)
        {
            await box.PressAsync("Escape");
        }
    }

    /// <summary>Clicks the button of the Action.Execute with this verb.</summary>
    public Task ActAsync(string verb) => Button(verb).ClickAsync();

    public ILocator Button(string verb)
    {
        var action = CardJson.Buttons(Json).FirstOrDefault(a => a["verb"]?.GetValue<string>() == verb)
            ?? throw new InvalidOperationException($"The card has no action '{verb}': {CardJson.Describe(Json)}");
        return Root.GetByRole(AriaRole.Button, new() { Name = CardJson.Text(action, "title"), Exact = true });
    }

    /// <summary>A toggle's value when the card was sent.</summary>
    public static bool IsOn(JsonObject toggle) =>
        CardJson.Text(toggle, "value") is { } value && value == (CardJson.Text(toggle, "valueOn") ?? "true");

    private (JsonObject Input, AriaRole Role, Regex Name, int Nth) Describe(string id)
    {
        var inputs = CardJson.Inputs(Json).ToList();
        var input = inputs.FirstOrDefault(i => CardJson.Id(i) == id)
            ?? throw new InvalidOperationException($"The card has no input '{id}': {CardJson.Describe(Json)}");
        var (role, name) = RoleAndName(input);
        var nth = inputs.TakeWhile(i => !ReferenceEquals(i, input)).Count(i => RoleAndName(i) == (role, name));
        // A required input's label may end in an asterisk.
        return (input, role, new Regex($@"^\s*{Regex.Escape(name)}\s*\*?\s*$"), nth);
    }

    private static (AriaRole Role, string Name) RoleAndName(JsonObject input)
    {
        // The Playground renders a choice set with dynamic choices (the Teams people picker) as a
        // combobox it names "People Picker" itself, whatever the card's label says.
        var name = input["choices.data"] is not null
            ? "People Picker"
            : CardJson.Text(input, "label") ?? CardJson.Text(input, "title") ?? CardJson.Text(input, "placeholder") ?? "";
        var role = CardJson.Type(input) switch
        {
            "Input.Text" => AriaRole.Textbox,
            "Input.Number" => AriaRole.Spinbutton,
            "Input.Toggle" => AriaRole.Checkbox,
            // Fluent's date picker is a text box with a calendar popup.
            "Input.Date" => AriaRole.Combobox,
            "Input.ChoiceSet" when input["style"]?.GetValue<string>() == "expanded" && input["isMultiSelect"]?.GetValue<bool>() != true
                => AriaRole.Radiogroup,
            "Input.ChoiceSet" => AriaRole.Combobox,
            var other => throw new NotSupportedException($"No selector for {other} (input '{CardJson.Id(input)}')."),
        };
        return (role, name);
    }

    private ILocator FindRoot()
    {
        var cards = _page.Locator(".ac-adaptiveCard");
        if (CardJson.Inputs(Json).FirstOrDefault() is { } first)
        {
            var (role, name) = RoleAndName(first);
            return cards.Filter(new() { Has = _page.GetByRole(role, new() { NameRegex = new Regex($@"^\s*{Regex.Escape(name)}\s*\*?\s*$") }) }).Last;
        }

        var text = CardJson.TextBlocks(Json).FirstOrDefault() ?? "";
        // An Action.OpenUrl (a join link) renders as a link, not a button.
        if (CardJson.Buttons(Json).Where(a => CardJson.Type(a) != "Action.OpenUrl")
                .Select(a => CardJson.Text(a, "title")).FirstOrDefault(t => !string.IsNullOrEmpty(t)) is { } title)
        {
            var withButton = cards.Filter(new() { Has = _page.GetByRole(AriaRole.Button, new() { Name = title, Exact = true }) });
            // Cards of one window can share a button (a join link, say): their first text tells them
            // apart, unless it is markdown the renderer rewrites.
            return (text.Length > 0 && !Markdown().IsMatch(text) ? withButton.Filter(new() { HasText = text }) : withButton).Last;
        }

        return cards.Filter(new() { HasText = text }).Last;
    }

    [GeneratedRegex(@"[*_`#\[\]]")]
    private static partial Regex Markdown();
}
