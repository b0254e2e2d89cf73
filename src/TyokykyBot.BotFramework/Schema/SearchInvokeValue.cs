namespace TyokykyBot.BotFramework.Schema;

/// <summary>
/// The <c>value</c> of an <c>application/search</c> invoke: what a user typed into an
/// <c>Input.ChoiceSet</c> whose <c>choices.data</c> is a <c>Data.Query</c> on <see cref="Dataset"/>.
/// </summary>
public sealed record SearchInvokeValue(string? QueryText, string? Dataset, SearchQueryOptions? QueryOptions);
