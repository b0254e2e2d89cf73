namespace TyokykyBot.Cards;

/// <summary>
/// A Universal Action: the click reaches the bot as an <c>adaptiveCard/action</c> invoke naming
/// <see cref="Verb"/>, with <see cref="Data"/> merged with the card's inputs.
/// </summary>
public sealed record ExecuteAction(string Verb) : AdaptiveAction
{
    public IReadOnlyDictionary<string, string> Data { get; init; } = new Dictionary<string, string>();

    /// <summary>"none" keeps the card's inputs on the client; null sends them (the default, "auto").</summary>
    public string? AssociatedInputs { get; init; }
}
