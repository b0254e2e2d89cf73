using TyokykyBot.Cases;
using TyokykyBot.Consent;
using TyokykyBot.Tests.Cards;
using static TyokykyBot.Tests.Consent.ConsentFixture;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Consent;

public class ConsentFormResolverTests
{
    private static Task<ConsentResolution> ResolveAsync(ConsentFormValues values) =>
        new ConsentFormResolver(Dir, Catalog).ResolveAsync(values, CancellationToken.None);

    [Fact]
    public async Task ReadAndResolve_PlaygroundSubmit_DraftThatCaseRecords()
    {
        var c = await CaseAsync();
        var (sanna, mikko) = (IdOf(c, Sanna), IdOf(c, Mikko));
        var data = CardJson.Data(
            ("caseId", c.Id.ToString()), ("topic:work-tasks-and-workload", "true"), ("topic:working-time", "false"),
            ("topic:employment-contract", "true"), ($"attendee:{sanna}", "true"), ($"memo:{mikko}", "true"),
            ($"memo:{sanna}", "true"), ("shopSteward", ""), ("shopStewardText", "Pekka Hämäläinen"), ("memoShopSteward", "true"),
            ("shareTopics", "true"), ("remote", "remote"), ("note", "  Toivon aamupäivää.  "));

        var resolution = await ResolveAsync(ConsentForm.Read(data, c));

        Assert.Empty(resolution.Errors);
        var result = c.RecordConsent(Employee, resolution.Draft!, Convening.ConveneFixture.Now);
        Assert.Equal(ConsentOutcome.Recorded, result.Outcome);
        var version = result.Version!;
        Assert.Equal(["work-tasks-and-workload", "employment-contract"], version.Topics);
        Assert.Equal([sanna], version.AllowedAttendeeIds);
        Assert.Equal(Pekka, c.Participants.Single(p => p.Id == version.ShopStewardId).Person.AadObjectId);
        Assert.Equal(new[] { mikko, sanna, version.ShopStewardId!.Value }.Order(), version.MemoRecipientIds.Order());
        Assert.True(version.MayShareTopics && version.RemoteMeeting);
        Assert.Equal("Toivon aamupäivää.", version.Note);
    }

    [Fact]
    public async Task Read_OnSiteCase_RemoteIsFalseEvenIfSent()
    {
        var c = await CaseAsync(Convening.ConveneFixture.PlaygroundSubmit() with { Mode = "onSite" });

        var values = ConsentForm.Read(CardJson.Data(("topic:working-time", "true"), ("remote", "remote")), c);

        Assert.False(values.RemoteMeeting);
        Assert.Equal(["working-time"], values.Topics);
    }

    [Theory]
    [InlineData("remote", true)]
    [InlineData("onSite", false)]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("true", null)]
    [InlineData("false", null)]
    public async Task Read_RemoteCase_OnlyTheTwoChoicesAnswer(string? sent, bool? expected)
    {
        var c = await CaseAsync();
        var data = sent is null ? CardJson.Data(("topic:working-time", "true")) : CardJson.Data(("topic:working-time", "true"), ("remote", sent));

        Assert.Equal(expected, ConsentForm.Read(data, c).RemoteMeeting);
    }

    [Fact]
    public async Task ReadAndResolve_RemoteCaseUnanswered_RequiredErrorAndNoDraft()
    {
        var c = await CaseAsync();

        var resolution = await ResolveAsync(ConsentForm.Read(CardJson.Data(("topic:working-time", "true")), c));

        Assert.Null(resolution.Draft);
        Assert.Equal(new ValidationError(ConsentFields.Remote, CaseErrorCode.Required), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ReadAndResolve_OnSiteChosen_DraftSaysNoRemote()
    {
        var c = await CaseAsync();

        var resolution = await ResolveAsync(ConsentForm.Read(CardJson.Data(("topic:working-time", "true"), ("remote", "onSite")), c));

        Assert.False(resolution.Draft!.RemoteMeeting);
    }

    [Fact]
    public async Task ReadAndResolve_TopicTheSeedsDoNotDefine_InvalidValueAndNoDraft()
    {
        var c = await CaseAsync();
        var data = CardJson.Data(("topic:working-time", "true"), ("topic:diagnosis", "true"), ("remote", "remote"));

        var resolution = await ResolveAsync(ConsentForm.Read(data, c));

        Assert.Null(resolution.Draft);
        Assert.Equal(new ValidationError(CaseField.Topics, CaseErrorCode.InvalidValue), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_StewardTextTooLong_TooLongNotTruncated()
    {
        var typed = new string('a', ConsentDraft.MaxShopStewardTextLength - "@liitto.example".Length + 1) + "@liitto.example";

        var resolution = await ResolveAsync(new ConsentFormValues { RemoteMeeting = false, Topics = ["working-time"], ShopStewardText = typed });

        Assert.Null(resolution.Draft);
        Assert.Equal(new ValidationError(CaseField.ShopSteward, CaseErrorCode.TooLong), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_EveryCardProblemAtOnce_AllReported()
    {
        var values = new ConsentFormValues { Topics = ["nope"], ShopStewardText = "Maija Meikäläinen" };

        var resolution = await ResolveAsync(values);

        Assert.Equal([CaseField.Topics, ConsentFields.Remote, CaseField.ShopSteward], resolution.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Read_ToggleIdsOfOtherCases_AreIgnored()
    {
        var c = await CaseAsync();
        var stranger = Guid.NewGuid();

        var values = ConsentForm.Read(CardJson.Data(($"attendee:{stranger}", "true"), ($"memo:{stranger}", "true")), c);

        Assert.Empty(values.AllowedAttendeeIds);
        Assert.Empty(values.MemoRecipientIds);
    }

    [Fact]
    public async Task ResolveAsync_StewardChosenFromList_IsInsider()
    {
        var resolution = await ResolveAsync(new ConsentFormValues { RemoteMeeting = false, Topics = ["working-time"], ShopSteward = Pekka });

        Assert.Equal(Pekka, resolution.Draft?.ShopSteward?.AadObjectId);
    }

    [Fact]
    public async Task ResolveAsync_OutsideStewardAddress_IsOutsider()
    {
        var resolution = await ResolveAsync(new ConsentFormValues { RemoteMeeting = false, ShopStewardText = "lm@liitto.example" });

        Assert.Equal(("lm@liitto.example", false), (resolution.Draft?.ShopSteward?.Email, resolution.Draft?.ShopSteward?.IsInsider ?? true));
    }

    [Theory]
    [InlineData("Maija Meikäläinen", CaseErrorCode.InvalidPerson)]
    [InlineData("Hei", CaseErrorCode.InvalidPerson)]
    [InlineData("Sanna Lehtinen", CaseErrorCode.RoleNotAllowed)]
    [InlineData("lm@liitto", CaseErrorCode.InvalidEmail)]
    [InlineData("\"luottamus mies\"@liitto.example", CaseErrorCode.InvalidEmail)]
    public async Task ResolveAsync_StewardNotFoundOrNotSteward_ShopStewardError(string typed, CaseErrorCode code)
    {
        var resolution = await ResolveAsync(new ConsentFormValues { RemoteMeeting = false, Topics = ["working-time"], ShopStewardText = typed });

        Assert.Null(resolution.Draft);
        Assert.Equal(new ValidationError(CaseField.ShopSteward, code), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_MemoToStewardWithoutSteward_IsDropped()
    {
        var resolution = await ResolveAsync(new ConsentFormValues { RemoteMeeting = false, Topics = ["working-time"], MemoToShopSteward = true });

        Assert.False(resolution.Draft!.MemoToShopSteward);
    }
}
