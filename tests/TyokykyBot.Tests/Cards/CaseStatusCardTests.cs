using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.Status;
using TyokykyBot.Tests.Consent;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Cards;

public class CaseStatusCardTests
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly DateTimeOffset Start = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(2));
    private const string JoinUrl = "https://teams.example/l/meetup-join/canary-link";

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_CaseWithEveryTopicAndNote_ShowsNoneOfThem(string code)
    {
        var c = await ConsentFixture.CaseAsync();
        ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c));

        var json = CaseStatusCard.Create(c, Aino, UiLanguage.Parse(code)!).ToJson().ToJsonString(Unescaped);

        Assert.Contains(c.Code, json);
        Assert.Contains("Mikko Korhonen", json);
        Assert.DoesNotContain(ConsentFixture.Canary, json);
        foreach (var topic in Catalog.ConsentTopics)
        {
            Assert.DoesNotContain(topic.Id, json);
            Assert.All(new[] { topic.Label.Fi, topic.Label.Sv, topic.Label.En }, label => Assert.DoesNotContain(label, json, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData(ConsentDecision.Declined, "Ei suostumusta tällä kertaa")]
    [InlineData(ConsentDecision.Withdrawn, "Peruttu")]
    public async Task Create_ConvenerAfterDecision_ShowsItsNeutralLine(ConsentDecision decision, string expected)
    {
        var c = await ConsentFixture.CaseAsync();
        if (decision == ConsentDecision.Withdrawn)
        {
            ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c));
            c.Withdraw(ConsentFixture.Employee, ConveneFixtureNow);
        }
        else
        {
            c.Decline(ConsentFixture.Employee, ConveneFixtureNow);
        }

        var facts = CaseStatusCard.Create(c, Aino, UiLanguage.Finnish).ToJson()["body"]![1]!["facts"]!.AsArray();

        Assert.Equal(expected, (string?)facts[2]!["value"]);
        Assert.Equal("Peruttu", (string?)facts[1]!["value"]);
    }

    [Fact]
    public async Task Create_ConvenerBeforeTheAnswer_StatusWithRefreshOnly()
    {
        var c = await ConsentFixture.CaseAsync();

        JsonObject card = CaseStatusCard.Create(c, Aino, UiLanguage.Swedish);

        var action = Assert.Single(CardJson.Actions(card));
        Assert.Equal(("Action.Execute", "status.refresh", c.Id.ToString()),
            ((string?)action["type"], (string?)action["verb"], (string?)action["data"]!["caseId"]));
        Assert.Equal(Texts.Get("Status.State.AwaitingConsent", UiLanguage.Swedish), (string?)card["body"]![1]!["facts"]![1]!["value"]);
    }

    [Fact]
    public async Task Create_Booked_OrganizerSeesTimeLinkAttendeesAndControls()
    {
        var c = await BookedAsync();

        JsonObject card = CaseStatusCard.Create(c, Aino, UiLanguage.Finnish);
        var json = card.ToJsonString(Unescaped);

        Assert.Contains(JoinUrl, json);
        Assert.Contains("10.3.2026 09:00–10:30", json);
        Assert.Contains("Sanna Lehtinen", json);
        Assert.Contains(CardJson.Actions(card), a => (string?)a["type"] == "Action.ShowCard");
    }

    [Fact]
    public async Task Create_Booked_ParticipantSeesTimeAndLinkButNoControls()
    {
        var c = await BookedAsync();

        JsonObject card = CaseStatusCard.Create(c, Johanna, UiLanguage.Finnish);

        Assert.Contains(JoinUrl, card.ToJsonString(Unescaped));
        Assert.DoesNotContain(CardJson.Actions(card), a => (string?)a["type"] == "Action.ShowCard");
    }

    [Fact]
    public async Task Create_Booked_PersonRemovedByALaterConsentSeesOnlyTheNeutralLine()
    {
        var c = await BookedAsync();
        ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c) with { AllowedAttendeeIds = [], MemoRecipientIds = [] });

        JsonObject card = CaseStatusCard.Create(c, Sanna, UiLanguage.Finnish);
        var json = card.ToJsonString(Unescaped);

        Assert.Contains(Texts.Get("Status.NotTakingPart", UiLanguage.Finnish), json);
        Assert.DoesNotContain(JoinUrl, json);
        Assert.DoesNotContain("09:00", json);
        Assert.DoesNotContain("Johanna", json);
        Assert.DoesNotContain("Mikko", json);
        Assert.All(CardJson.Actions(card), a => Assert.Equal("status.refresh", (string?)a["verb"]));
    }

    [Theory]
    [InlineData("someone-else")]
    [InlineData(Sanna)]
    public async Task Create_StrangerOrProposedButLeftOut_NothingOfTheCase(string reader)
    {
        var c = await BookedAsync(allowSanna: false);

        var json = CaseStatusCard.Create(c, reader, UiLanguage.Finnish).ToJson().ToJsonString(Unescaped);

        Assert.DoesNotContain(c.Code, json);
        Assert.DoesNotContain("Mikko", json);
    }

    [Fact]
    public async Task Create_EveryStateInEveryLanguageForEveryone_HasTextAndFitsLimit()
    {
        var c = await BookedAsync();
        foreach (var language in UiLanguage.All)
            foreach (var state in Enum.GetValues<CaseState>())
                foreach (var reader in new[] { Aino, Mikko, Sanna, Johanna, "stranger" })
                {
                    JsonObject card = CaseStatusCard.Create(ConsentFixtureInState(c, state), reader, language);
                    Assert.InRange(CardJson.Bytes(card), 1, CardJson.MaxBytes);
                }
    }

    [Fact]
    public void ErrorCard_Message_IsAttentionTextInVersion15()
    {
        JsonObject card = ErrorCard.Create("Tähän voi vastata vain asianomainen työntekijä.");

        Assert.Equal("1.5", (string?)card["version"]);
        var text = Assert.Single(CardJson.Body(card));
        Assert.Equal(("Tähän voi vastata vain asianomainen työntekijä.", "attention"), ((string?)text["text"], (string?)text["color"]));
        Assert.InRange(CardJson.Bytes(card), 1, CardJson.MaxBytes);
    }

    private static DateTimeOffset ConveneFixtureNow => Convening.ConveneFixture.Now;

    private static Case ConsentFixtureInState(Case c, CaseState state) => Cases.CaseFixture.InState(c, state);

    private static async Task<Case> BookedAsync(bool allowSanna = true)
    {
        var c = await ConsentFixture.CaseAsync();
        var draft = ConsentFixture.EverythingDraft(c);
        ConsentFixture.Record(c, allowSanna ? draft : draft with { AllowedAttendeeIds = [], MemoRecipientIds = [] });
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(new MeetingBooking("event-1", Aino, Start, Start.AddMinutes(90), JoinUrl), Start.AddDays(-7)));
        return c;
    }
}
