using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Bot;
using TyokykyBot.Cards;
using TyokykyBot.Tests.Integration;

namespace TyokykyBot.Tests.Cards;

/// <summary>Every card the bot sends passes the Adaptive Cards reference parser on schema 1.5.</summary>
public class ReferenceParserTests
{
    [Fact]
    public async Task EveryCard_ParsedForSchema15_RaisesNoEventButTheTypeahead()
    {
        var cards = await EveryCard.AllAsync();
        Assert.Equal(cards.Count, cards.Select(c => c.Name).Distinct().Count());
        // The catalogue reaches every verb the features register, the organiser's controls included.
        var verbs = cards.SelectMany(c => CardJson.All(c.Card)).Select(o => (string?)o["verb"]).ToHashSet();
        using var app = new TyokykyApp();
        Assert.All(app.Services.GetRequiredService<CardVerbKeys>().Keys, verb => Assert.Contains(verb, verbs));

        var parsed = await ReferenceCardParser.ParseAsync(cards);

        var objections = cards
            .SelectMany(c => parsed[c.Name].Where(e => !IsTeamsTypeahead(c.Card, e)).Select(e => $"{c.Name}: {e}"))
            .ToList();
        Assert.True(objections.Count == 0, string.Join("\n", objections));
    }

    [Fact]
    public async Task Parser_CardWithFaults_ReportsEach()
    {
        var faulty = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"Input.ChoiceSet","id":"a","choices":[{"title":"","value":""}]},
              {"type":"Input.Text","id":"a"},
              {"type":"Carousel","pages":[]},
              {"type":"Table","columns":[],"rows":[]}]}
            """)!.AsObject();

        var events = (await ReferenceCardParser.ParseAsync([("faulty", faulty)]))["faulty"];

        Assert.Contains(events, e => e.Event == "PropertyCantBeNull" && e.Id == "a");
        Assert.Contains(events, e => e.Event == "DuplicateId");
        Assert.Contains(events, e => e.Event == "UnknownElementType");
        // Table is schema 1.5: known, and no objection of its own.
        Assert.DoesNotContain(events, e => e.Type == "Table");
    }

    [Fact]
    public async Task Parser_TypeaheadOnAnInput_IsTheOneAcceptedException()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"Input.ChoiceSet","id":"person","label":"Person","choices":[],"choices.data":{"type":"Data.Query","dataset":"people"}},
              {"type":"Input.ChoiceSet","id":"plain","label":"Plain","choices":[]}]}
            """)!.AsObject();

        var events = (await ReferenceCardParser.ParseAsync([("typeahead", card)]))["typeahead"];

        Assert.Equal(2, events.Count(e => e.Id == "person" && IsTeamsTypeahead(card, e)));
        var plain = Assert.Single(events, e => e.Id == "plain");
        Assert.False(IsTeamsTypeahead(card, plain));
    }

    /// <summary>
    /// Teams reads <c>choices.data</c> on 1.5 cards though the schema dates it to 1.6; the static
    /// list beside it may be empty, as Teams fills it as the user types.
    /// </summary>
    private static bool IsTeamsTypeahead(JsonObject card, ParseEvent e)
    {
        if (e.Type != "Input.ChoiceSet" || e.Id is null)
            return false;
        var input = CardJson.All(card).FirstOrDefault(o => (string?)o["id"] == e.Id && (string?)o["type"] == "Input.ChoiceSet");
        if (input?["choices.data"] is not JsonObject { } query || (string?)query["type"] != "Data.Query")
            return false;
        return (e.Event, e.Phase) switch
        {
            ("UnsupportedProperty", "Parse") => e.Message.Contains("\"choices.data\"", StringComparison.Ordinal),
            ("CollectionCantBeEmpty", "Validation") => input["choices"] is JsonArray { Count: 0 },
            _ => false,
        };
    }
}
