
namespace TyokykyBot.Cards;

public static class CardActions
{
    /// <summary>
    /// An Action.Execute (an <c>adaptiveCard/action</c> invoke). With <paramref name="sendInputs"/>
    /// false the card's inputs stay on the client: a "not now" carries no half-filled answers.
    /// </summary>
    public static ExecuteAction Execute(string title, string verb, Guid? caseId, string? style = null, bool sendInputs = true) =>
        new(verb)
        {
            Title = title,
            Data = Data(caseId),
            Style = style,
            AssociatedInputs = sendInputs ? null : "none",
        };

    /// <summary>The action a refresh block runs: no title, and nothing but the case id.</summary>
    public static ExecuteAction Refresh(string verb, Guid caseId) => new(verb) { Data = Data(caseId) };

    public static OpenUrlAction OpenUrl(string title, string url) => new(url) { Title = title };

    /// <summary>Shows a nested card in place, for a confirmation before a step that cannot be undone.</summary>
    public static ShowCardAction ShowCard(string title, AdaptiveCard card) => new(card) { Title = title };

    /// <summary>The action's data with one more entry.</summary>
    public static ExecuteAction WithData(this ExecuteAction action, string key, string value) =>
        action with { Data = new Dictionary<string, string>(action.Data) { [key] = value } };

    private static Dictionary<string, string> Data(Guid? caseId) =>
        caseId is { } id ? new() { [CardData.CaseIdKey] = id.ToString() } : [];
}
