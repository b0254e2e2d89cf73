using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TyokykyBot.Cards;

/// <summary>
/// An Adaptive Card as the bot sends it. Teams renders schema 1.5 at most, and Universal Actions
/// (Action.Execute) need at least 1.4. The card becomes JSON only at the wire: see <see cref="ToJson"/>.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-1)]
    public string Type => "AdaptiveCard";

    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>Set on a card that is sent; a card an Action.ShowCard holds takes its host's.</summary>
    public string? Version { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    public CardRefresh? Refresh { get; init; }

    /// <summary>A card to send, full width in Teams; null body elements are left out.</summary>
    public static AdaptiveCard Create(params IEnumerable<CardElement?> body) => new()
    {
        Schema = "http://adaptivecards.io/schemas/adaptive-card.json",
        Version = SchemaVersion,
        MsTeams = TeamsCardProperties.FullWidth,
        Body = [.. body.OfType<CardElement>()],
    };

    /// <summary>The card an Action.ShowCard unfolds.</summary>
    public static AdaptiveCard Shown(params IEnumerable<CardElement?> body) => new() { Body = [.. body.OfType<CardElement>()] };

    public AdaptiveCard WithActions(params IEnumerable<AdaptiveAction?> actions) => this with { Actions = [.. actions.OfType<AdaptiveAction>()] };

    /// <summary>
    /// Only the listed users' clients refresh the card (at most 60 MRIs); an empty list would
    /// mean manual refresh only, so a card meant for one person names that person.
    /// </summary>
    public AdaptiveCard WithRefresh(ExecuteAction action, params IEnumerable<string> userIds) =>
        this with { Refresh = new CardRefresh(action, [.. userIds]) };

    public static TextBlock Title(string text) =>
        new(text) { Size = "Large", Weight = "Bolder", Style = "heading" };

    public static TextBlock Heading(string text) => new(text) { Weight = "Bolder", Spacing = "Large" };

    public static TextBlock Text(string text, bool subtle = false) => new(text) { IsSubtle = subtle };

    /// <summary>A validation message directly under the input it belongs to.</summary>
    public static TextBlock ErrorText(string id, string text) => new(text) { Id = id, Color = "attention", Spacing = "None" };

    public static FactSet Facts(IEnumerable<(string Title, string Value)> facts) =>
        new([.. facts.Select(f => new Fact(f.Title, f.Value))]);

    /// <summary>The card as an attachment's or an invoke response's content.</summary>
    public JsonObject ToJson() => JsonSerializer.SerializeToNode(this, CardJsonContext.Default.AdaptiveCard)!.AsObject();

    /// <summary>The protocol project knows no card types: a card passes into it as its JSON.</summary>
    public static implicit operator JsonObject(AdaptiveCard card) => card.ToJson();
}
