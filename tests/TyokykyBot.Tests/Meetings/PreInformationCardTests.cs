using System.Text.Json.Nodes;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Localization;
using TyokykyBot.Meetings;
using TyokykyBot.Tests.Cards;
using TyokykyBot.Tests.Consent;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Meetings;

public class PreInformationCardTests
{
    [Fact]
    public async Task Create_RemoteMeetingTopicsShared_ShowsTopicsAndPrivateSpaceButton()
    {
        var c = await ConsentFixture.CaseAsync();
        ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c));
        var start = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(2));
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(
            new MeetingBooking("event-1", Aino, start, start.AddMinutes(90), "https://teams.example/join"), start.AddDays(-7)));
        JsonObject card = PreInformationCard.Create(c, Disclosure.For(c, new Reader(Johanna, MayProcessHealthData: true)), Catalog, UiLanguage.Finnish);

        var texts = card["body"]!.AsArray().Select(b => (string?)b!["text"]).ToList();
        Assert.Equal(MeetingMode.Remote, c.Mode);
        Assert.Contains("• " + Catalog.ConsentTopics[0].Label.Fi, texts);
        Assert.Contains(Texts.Get("PreInfo.RemoteAsk", UiLanguage.Finnish), texts);
        Assert.Contains(CardJson.Actions(card), a => (string?)a["verb"] == MeetingVerbs.ConfirmRemote);
    }

    [Fact]
    public async Task Create_EmployeesNote_ReachesCoveredParticipantsOnly()
    {
        var c = await ConsentFixture.CaseAsync();
        ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c));
        var start = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(2));
        c.RecordBooking(new MeetingBooking("event-1", Aino, start, start.AddMinutes(90), "https://teams.example/join"), start.AddDays(-7));

        Assert.Contains(ConsentFixture.Canary, PreInformationCard.Create(c, Disclosure.For(c, new Reader(Johanna, MayProcessHealthData: true)), Catalog, UiLanguage.Finnish).ToJson().ToJsonString());
        ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c) with { AllowedAttendeeIds = [], MemoRecipientIds = [] });
        var removed = PreInformationCard.Create(c, Disclosure.For(c, new Reader(Sanna, MayProcessHealthData: true)), Catalog, UiLanguage.Finnish).ToJson().ToJsonString();
        Assert.DoesNotContain(ConsentFixture.Canary, removed);
        Assert.DoesNotContain("https://teams.example/join", removed);
    }

    [Fact]
    public async Task Create_CoveredParticipantNotDesignated_ShowsNeitherTopicsNorNoteButTheMeeting()
    {
        var c = await ConsentFixture.CaseAsync();
        ConsentFixture.Record(c, ConsentFixture.EverythingDraft(c));
        var start = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(2));
        c.RecordBooking(new MeetingBooking("event-1", Aino, start, start.AddMinutes(90), "https://teams.example/join"), start.AddDays(-7));

        var json = PreInformationCard.Create(c, Disclosure.For(c, new Reader(Johanna, MayProcessHealthData: false)), Catalog, UiLanguage.Finnish).ToJson().ToJsonString();

        Assert.DoesNotContain(ConsentFixture.Canary, json);
        Assert.DoesNotContain(Catalog.ConsentTopics[0].Label.Fi, json);
        Assert.Contains("https://teams.example/join", json);
    }
}
