using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Testing;

public class CardJsonTests
{
    private static readonly Guid CaseId = Guid.Parse("0d4f7a35-2f64-4a53-9e2c-3f0c9d3b1a11");

    private static JsonObject Card() => JsonNode.Parse($$"""
        {
          "type": "AdaptiveCard",
          "body": [
            { "type": "TextBlock", "text": "Neuvottelu" },
            { "type": "Container", "items": [ { "type": "Input.Text", "id": "note" } ] },
            { "type": "FactSet", "facts": [ { "title": "Tila", "value": "Odottaa" } ] },
            { "type": "ActionSet", "actions": [ { "type": "Action.Execute", "verb": "status.refresh", "data": { "caseId": "{{CaseId}}" } } ] }
          ],
          "actions": [
            { "type": "Action.ShowCard", "card": { "type": "AdaptiveCard",
              "body": [ { "type": "Input.Toggle", "id": "confirm" } ],
              "actions": [ { "type": "Action.Execute", "verb": "consent.withdraw" } ] } }
          ]
        }
        """)!.AsObject();

    [Fact]
    public void Inputs_NestedShowCard_OnlyTheCardsOwnWhileInputIdsSeesAll()
    {
        var card = Card();

        Assert.Equal(["note"], CardJson.Inputs(card).Select(CardJson.Id));
        Assert.Equal(["note", "confirm"], CardJson.InputIds(card));
    }

    [Fact]
    public void Buttons_ActionSetInBody_IncludedWithTheCardsActions()
    {
        var card = Card();

        Assert.Single(CardJson.Actions(card));
        Assert.Equal(["Action.ShowCard", "Action.Execute"], CardJson.Buttons(card).Select(CardJson.Type));
        Assert.Equal(["consent.withdraw", "status.refresh"], CardJson.Verbs(card).Order());
    }

    [Fact]
    public void TitleFactsAndCaseId_ReadFromTheCard()
    {
        var card = Card();

        Assert.Equal("Neuvottelu", CardJson.Title(card));
        Assert.Equal([("Tila", "Odottaa")], CardJson.Facts(card));
        Assert.Equal(CaseId, CardJson.CaseIdIn(card));
        Assert.Equal("consent.withdraw", (string?)CardJson.ActionWithVerb(card, "consent.withdraw")["verb"]);
    }

    [Fact]
    public void FindCards_InvokeAnswer_TheCardItCarries()
    {
        var answer = new JsonObject { ["statusCode"] = 200, ["type"] = CardJson.ContentType, ["value"] = Card() };

        Assert.Same(CardJson.CardOf(answer), Assert.Single(CardJson.FindCards(answer)));
    }
}
