using System.Text.Json.Nodes;
using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Localization;
using TyokykyBot.Tests.Cards;
using static TyokykyBot.Tests.Consent.ConsentFixture;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Consent;

public class ConsentSummaryCardTests
{
    [Fact]
    public async Task Create_GivenConsent_ShowsWhatWasAgreedWithChangeAndWithdraw()
    {
        var c = await CaseAsync();
        Record(c, new ConsentDraft { Topics = ["working-time"] });
        Record(c, EverythingDraft(c) with { Topics = ["work-environment"], MayShareTopics = false });

        JsonObject card = ConsentSummaryCard.Create(c, Catalog, UiLanguage.English);

        var json = card.ToJsonString();
        Assert.Contains("Version 2", json);
        Assert.Contains("Work environment and equipment", json);
        Assert.DoesNotContain("Working-time arrangements", json);
        Assert.Contains("Sanna Lehtinen", json);
        Assert.Contains(Canary, json);
        var actions = CardJson.Actions(card).ToList();
        Assert.Equal(("consent.change", c.Id.ToString()), ((string?)actions[0]["verb"], (string?)actions[0]["data"]!["caseId"]));
        Assert.Equal("Action.ShowCard", (string?)actions[1]["type"]);
        var withdraw = Assert.Single(CardJson.All(actions[1]), o => (string?)o["type"] == "Action.Execute");
        Assert.Equal(("consent.withdraw", c.Id.ToString()), ((string?)withdraw["verb"], (string?)withdraw["data"]!["caseId"]));
        Assert.Contains(CardJson.All(actions[1]), o => (string?)o["text"] == Texts.Get("Consent.Summary.WithdrawConfirm", UiLanguage.English));
    }

    [Fact]
    public async Task Create_Declined_ClosedCardWithoutActions()
    {
        var c = await CaseAsync();
        c.Decline(Employee, Convening.ConveneFixture.Now);

        JsonObject card = ConsentSummaryCard.Create(c, Catalog, UiLanguage.Finnish);

        Assert.Null(card["actions"]);
        Assert.Contains(Texts.Get("Consent.Summary.Declined", UiLanguage.Finnish), card.ToJsonString(Unescaped));
    }

    [Fact]
    public async Task Create_Withdrawn_ClosedCardWithoutActionsOrContent()
    {
        var c = await CaseAsync();
        Record(c, EverythingDraft(c));
        c.Withdraw(Employee, Convening.ConveneFixture.Now);

        JsonObject card = ConsentSummaryCard.Create(c, Catalog, UiLanguage.Finnish);

        Assert.Null(card["actions"]);
        Assert.DoesNotContain(Canary, card.ToJsonString());
        Assert.Contains("Neuvottelu on peruttu", card.ToJsonString(Unescaped));
    }

    [Fact]
    public async Task Create_LongestConsent_StaysUnderSizeLimit()
    {
        var c = await CaseAsync();
        Record(c, EverythingDraft(c) with { Note = new string('ä', ConsentDraft.MaxNoteLength) });

        Assert.InRange(CardJson.Bytes(ConsentSummaryCard.Create(c, Catalog, UiLanguage.Swedish)), 1, CardJson.MaxBytes);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
