using System.Text.Encodings.Web;
using System.Text.Json;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.Tests.Consent;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Cards;

public class CaseStatusCardTests
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_CaseWithEveryTopicAndNote_ShowsNoneOfThem(string code)
    {
        var c = await ConsentFixture.CaseAsync();
        ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c));

        var json = CaseStatusCard.Create(c.Status(), "Mikko Korhonen", UiLanguage.Parse(code)!).ToJsonString(Unescaped);

        Assert.Contains(c.Code, json);
        Assert.Contains("Mikko Korhonen", json);
        Assert.DoesNotContain(ConsentFixture.Canary, json);
        foreach (var topic in Catalog.ConsentTopics)
        {
            Assert.DoesNotContain(topic.Id, json);
            Assert.All(new[] { topic.Label.Fi, topic.Label.Sv, topic.Label.En }, label => Assert.DoesNotContain(label, json, StringComparison.OrdinalIgnoreCase));
        }
        Assert.DoesNotContain("Sanna", json);
    }

    [Theory]
    [InlineData(ConsentStatus.Pending, "Odottaa")]
    [InlineData(ConsentStatus.Given, "Annettu")]
    [InlineData(ConsentStatus.Declined, "Ei suostumusta tällä kertaa")]
    [InlineData(ConsentStatus.Withdrawn, "Peruttu")]
    public void Create_ConsentStatus_ShowsItsNeutralLine(ConsentStatus consent, string expected)
    {
        var status = new CaseStatus(Guid.NewGuid(), "TK-ABC234", CaseState.Scheduling, consent);

        var card = CaseStatusCard.Create(status, "Mikko Korhonen", UiLanguage.Finnish);

        var facts = card["body"]![1]!["facts"]!.AsArray();
        Assert.Equal(expected, (string?)facts[2]!["value"]);
        Assert.Equal("Aikaa etsitään", (string?)facts[1]!["value"]);
        Assert.Equal("Työkykyneuvottelu TK-ABC234", (string?)card["body"]![0]!["text"]);
    }

    [Fact]
    public void Create_Status_RefreshActionCarriesCaseId()
    {
        var status = new CaseStatus(Guid.NewGuid(), "TK-ABC234", CaseState.AwaitingConsent, ConsentStatus.Pending);

        var action = Assert.Single(CardJson.Actions(CaseStatusCard.Create(status, "Mikko Korhonen", UiLanguage.Swedish)));

        Assert.Equal(("Action.Execute", "status.refresh", status.CaseId.ToString()),
            ((string?)action["type"], (string?)action["verb"], (string?)action["data"]!["caseId"]));
    }

    [Fact]
    public void Create_EveryStateAndConsentInEveryLanguage_HasTextAndFitsLimit()
    {
        foreach (var language in UiLanguage.All)
            foreach (var state in Enum.GetValues<CaseState>())
                foreach (var consent in Enum.GetValues<ConsentStatus>())
                {
                    var card = CaseStatusCard.Create(new(Guid.NewGuid(), "TK-ABC234", state, consent), "Mikko Korhonen", language);
                    Assert.InRange(CardJson.Bytes(card), 1, CardJson.MaxBytes);
                }
    }

    [Fact]
    public void ErrorCard_Message_IsAttentionTextInVersion15()
    {
        var card = ErrorCard.Create("Tähän voi vastata vain asianomainen työntekijä.");

        Assert.Equal("1.5", (string?)card["version"]);
        var text = Assert.Single(CardJson.Body(card));
        Assert.Equal(("Tähän voi vastata vain asianomainen työntekijä.", "attention"), ((string?)text["text"], (string?)text["color"]));
        Assert.InRange(CardJson.Bytes(card), 1, CardJson.MaxBytes);
    }
}
