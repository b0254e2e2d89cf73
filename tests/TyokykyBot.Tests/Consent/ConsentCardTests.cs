using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Localization;
using TyokykyBot.People;
using TyokykyBot.Tests.Cards;
using static TyokykyBot.Tests.Consent.ConsentFixture;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Consent;

public class ConsentCardTests
{
    [Fact]
    public async Task Create_FirstConsent_NothingIsOn()
    {
        var c = await CaseAsync();

        JsonObject card = ConsentCard.Create(await ModelAsync(c), UiLanguage.Finnish);

        var toggles = CardJson.All(card).Where(o => (string?)o["type"] == "Input.Toggle").ToList();
        Assert.True(toggles.Count > Catalog.ConsentTopics.Length);
        Assert.All(toggles, t => Assert.Equal("false", (string?)t["value"]));
        Assert.Null(CardJson.ById(card, "shopSteward")["value"]);
        Assert.Null(CardJson.ById(card, "remote")["value"]);
        Assert.Null(CardJson.ById(card, "note")["value"]);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_EverySeedTopic_HasToggleWithItsDescriptionUnder(string code)
    {
        var language = UiLanguage.Parse(code)!;
        JsonObject card = ConsentCard.Create(await ModelAsync(await CaseAsync()), language);

        Assert.All(Catalog.ConsentTopics, topic =>
        {
            Assert.Equal(topic.Label.Get(code), (string?)CardJson.ById(card, "topic:" + topic.Id)["title"]);
            Assert.Equal(topic.Description.Get(code), (string?)CardJson.After(card, "topic:" + topic.Id)["text"]);
        });
    }

    [Fact]
    public async Task Create_ProposedAttendeesAndMemo_TogglesPerParticipant()
    {
        var c = await CaseAsync();

        JsonObject card = ConsentCard.Create(await ModelAsync(c), UiLanguage.English);

        Assert.True(CardJson.Has(card, "attendee:" + IdOf(c, Sanna)));
        Assert.False(CardJson.Has(card, "attendee:" + IdOf(c, Johanna)));
        Assert.All(c.Participants, p => Assert.True(CardJson.Has(card, "memo:" + p.Id)));
        Assert.All(["shopSteward", "shopStewardText", "memoShopSteward", "shareTopics", "remote", "note"],
            id => Assert.True(CardJson.Has(card, id), id));
        Assert.Equal(2000, (int?)CardJson.ById(card, "note")["maxLength"]);
        Assert.Equal(254, (int?)CardJson.ById(card, "shopStewardText")["maxLength"]);
    }

    [Fact]
    public async Task Create_ChangingConsent_PrefilledFromLatestVersion()
    {
        var c = await CaseAsync();
        Record(c, new ConsentDraft { Topics = ["working-time"], Note = "first" });
        Record(c, new ConsentDraft
        {
            Topics = ["work-tasks-and-workload", "employment-contract"],
            AllowedAttendeeIds = [IdOf(c, Sanna)],
            ShopSteward = PersonRef.Insider(Pekka, "Pekka Hämäläinen"),
            MemoToShopSteward = true,
            MemoRecipientIds = [IdOf(c, Mikko)],
            RemoteMeeting = true,
            Note = "second",
        });

        JsonObject card = ConsentCard.Create(await ModelAsync(c), UiLanguage.Finnish);

        string? Value(string id) => (string?)CardJson.ById(card, id)["value"];
        Assert.Equal(("true", "true", "false"), (Value("topic:work-tasks-and-workload"), Value("topic:employment-contract"), Value("topic:working-time")));
        Assert.Equal("true", Value("attendee:" + IdOf(c, Sanna)));
        Assert.Equal(("true", "false"), (Value("memo:" + IdOf(c, Mikko)), Value("memo:" + IdOf(c, Sanna))));
        Assert.Equal((Pekka, "true"), (Value("shopSteward"), Value("memoShopSteward")));
        Assert.Equal(("false", "remote", "second"), (Value("shareTopics"), Value("remote"), Value("note")));
    }

    [Fact]
    public async Task Create_ChangingConsentThatWantedOnSite_OnSitePreselected()
    {
        var c = await CaseAsync();
        Record(c, new ConsentDraft { Topics = ["working-time"], RemoteMeeting = false });

        JsonObject card = ConsentCard.Create(await ModelAsync(c), UiLanguage.Finnish);

        Assert.Equal("onSite", (string?)CardJson.ById(card, "remote")["value"]);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_RemoteCase_RemoteIsRequiredExpandedChoiceOfTwo(string code)
    {
        var language = UiLanguage.Parse(code)!;

        JsonObject card = ConsentCard.Create(await ModelAsync(await CaseAsync()), language);

        var remote = CardJson.ById(card, "remote");
        Assert.Equal(("Input.ChoiceSet", "expanded", false), ((string?)remote["type"], (string?)remote["style"], (bool?)remote["isMultiSelect"]));
        Assert.Equal((true, Texts.Get("Consent.Card.RemoteRequired", language)), ((bool?)remote["isRequired"], (string?)remote["errorMessage"]));
        Assert.Equal(
            [(Texts.Get("Consent.Card.RemoteAccepted", language), "remote"), (Texts.Get("Consent.Card.RemoteDeclined", language), "onSite")],
            remote["choices"]!.AsArray().Select(ch => ((string?)ch!["title"], (string?)ch["value"])));
    }

    [Fact]
    public async Task Create_RemoteUnanswered_ErrorRightUnderTheChoice()
    {
        var model = await ModelAsync(await CaseAsync()) with { Errors = [new(ConsentFields.Remote, CaseErrorCode.Required)] };

        JsonObject card = ConsentCard.Create(model, UiLanguage.Swedish);

        var error = CardJson.After(card, "remote");
        Assert.Equal(("error:remote", Texts.Get("Consent.Card.RemoteRequired", UiLanguage.Swedish)), ((string?)error["id"], (string?)error["text"]));
    }

    [Fact]
    public async Task Create_FirstConsent_HintSaysNothingIsPreselected()
    {
        JsonObject card = ConsentCard.Create(await ModelAsync(await CaseAsync()), UiLanguage.English);

        Assert.Contains(CardJson.All(card), o => (string?)o["text"] == Texts.Get("Consent.Card.TopicsHint", UiLanguage.English));
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_ChangingConsent_NoHintClaimsNothingIsPreselected(string code)
    {
        var language = UiLanguage.Parse(code)!;
        var c = await CaseAsync();
        Record(c, new ConsentDraft { Topics = ["working-time"], RemoteMeeting = true });

        JsonObject card = ConsentCard.Create(await ModelAsync(c), language);

        var texts = CardJson.All(card).Select(o => (string?)o["text"]).OfType<string>().ToList();
        string Intro(string key) => string.Format(language.Culture, Texts.Get(key, language), c.Convener.DisplayName, Catalog.Label(c.ConvenerRole, code));
        Assert.DoesNotContain(Texts.Get("Consent.Card.TopicsHint", language), texts);
        Assert.DoesNotContain(Intro("Consent.Card.Intro"), texts);
        Assert.Contains(Intro("Consent.Card.IntroChange"), texts);
        Assert.Contains(Texts.Get("Consent.Card.TopicsHintChange", language), texts);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_EveryElementOfEitherCard_NoSentenceRepeats(string code)
    {
        var language = UiLanguage.Parse(code)!;
        var c = await CaseAsync();
        JsonObject first = ConsentCard.Create(await ModelAsync(c), language);
        Record(c, EverythingDraft(c));
        JsonObject change = ConsentCard.Create(await ModelAsync(c), language);
        JsonObject summary = ConsentSummaryCard.Create(c, Catalog, language);

        Assert.All([first, change, summary], card =>
        {
            var sentences = CardJson.All(card)
                .SelectMany(o => new[] { (string?)o["text"], (string?)o["title"], (string?)o["label"] }).OfType<string>()
                .Where(t => t.IndexOfAny(['.', '?', '!']) >= 0) // names and headings recur by design; sentences must not
                .SelectMany(t => t.Split(['.', '?', '!'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(Words)
                .Where(t => t.Contains(' ', StringComparison.Ordinal))
                .ToList();
            Assert.Empty(sentences.GroupBy(t => t).Where(g => g.Count() > 1).Select(g => g.Key));
        });
    }

    [Fact]
    public async Task Create_WithEmployeeMri_RefreshesOnlyForEmployee()
    {
        var c = await CaseAsync();

        JsonObject card = ConsentCard.Create(await ModelAsync(c, mri: Mri), UiLanguage.Finnish);

        var refresh = card["refresh"]!;
        Assert.Equal([Mri], refresh["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.Equal(("Action.Execute", "consent.refresh"), ((string?)refresh["action"]!["type"], (string?)refresh["action"]!["verb"]));
        Assert.Equal(c.Id.ToString(), (string?)refresh["action"]!["data"]!["caseId"]);
    }

    [Fact]
    public async Task Create_WithoutMri_HasNoRefresh()
    {
        JsonObject card = ConsentCard.Create(await ModelAsync(await CaseAsync()), UiLanguage.Finnish);

        Assert.Null(card["refresh"]);
    }

    [Fact]
    public async Task Create_ShopStewardProposedByConvenerAsOther_IsNotPreselected()
    {
        var pekka = PersonRefs.From(Person(Pekka));
        var c = await CaseAsync(change: r => r with { Others = [.. r.Others, new(pekka, CaseRole.Other)] });

        JsonObject card = ConsentCard.Create(await ModelAsync(c), UiLanguage.Finnish);

        var steward = CardJson.ById(card, "shopSteward");
        Assert.Null(steward["value"]);
        Assert.Contains(steward["choices"]!.AsArray(), ch => (string?)ch!["value"] == Pekka);
        // "None" is the unset input's placeholder, not a choice with an empty value.
        Assert.DoesNotContain(steward["choices"]!.AsArray(), ch => string.IsNullOrEmpty((string?)ch!["value"]));
        Assert.Equal(Texts.Get("Consent.Card.ShopStewardNone", UiLanguage.Finnish), (string?)steward["placeholder"]);
        Assert.Equal("false", (string?)CardJson.ById(card, "memoShopSteward")["value"]);
        Assert.Equal("false", (string?)CardJson.ById(card, "attendee:" + IdOf(c, Pekka))["value"]);
    }

    [Fact]
    public async Task Create_OnSiteCase_AsksNothingAboutRemote()
    {
        var c = await CaseAsync(Convening.ConveneFixture.PlaygroundSubmit() with { Mode = "onSite" });

        JsonObject card = ConsentCard.Create(await ModelAsync(c), UiLanguage.Finnish);

        Assert.False(CardJson.Has(card, "remote"));
    }

    [Fact]
    public async Task Create_FirstConsent_GiveAndDeclineCarryCaseId()
    {
        var c = await CaseAsync();

        JsonObject card = ConsentCard.Create(await ModelAsync(c), UiLanguage.Finnish);

        var actions = CardJson.Actions(card).ToList();
        Assert.Equal(["consent.give", "consent.decline"], actions.Select(a => (string?)a["verb"]));
        Assert.All(actions, a => Assert.Equal(c.Id.ToString(), (string?)a["data"]!["caseId"]));
        Assert.Equal("none", (string?)actions[1]["associatedInputs"]);
    }

    [Fact]
    public async Task Create_TopicsError_IsUnderTheLastTopic()
    {
        var c = await CaseAsync();
        var model = await ModelAsync(c) with { Errors = [new(CaseField.Topics, CaseErrorCode.NoTopics)] };

        JsonObject card = ConsentCard.Create(model, UiLanguage.Finnish);

        var body = CardJson.Body(card);
        var error = body.FindIndex(o => (string?)o["color"] == "attention");
        var lastTopic = body.FindLastIndex(o => ((string?)o["id"])?.StartsWith("topic:", StringComparison.Ordinal) == true);
        Assert.True(error > lastTopic);
        Assert.DoesNotContain(body[(lastTopic + 1)..error], o => o["id"] is not null);
    }

    [Fact]
    public async Task Create_EverythingAndEveryError_StaysUnderSizeLimit()
    {
        var c = await CaseAsync();
        Record(c, EverythingDraft(c) with { Note = new string('x', ConsentDraft.MaxNoteLength) });
        var errors = Enum.GetValues<CaseErrorCode>().Select(code => new ValidationError(CaseField.Topics, code)).ToList();

        JsonObject card = ConsentCard.Create(await ModelAsync(c, mri: Mri) with { Errors = errors }, UiLanguage.Swedish);

        Assert.InRange(CardJson.Bytes(card), 1, CardJson.MaxBytes);
    }

    /// <summary>A sentence as its words in order, without asides in brackets: "(further down)" or a changed word order hides no repeat.</summary>
    private static string Words(string sentence) =>
        string.Join(' ', Regex.Replace(sentence, @"\([^)]*\)", " ")
            .Split([' ', ',', ':', ';'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).Order(StringComparer.Ordinal));
}
