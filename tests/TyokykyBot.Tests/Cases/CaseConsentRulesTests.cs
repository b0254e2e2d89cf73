using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class CaseConsentRulesTests
{
    [Fact]
    public void Rules_NoConsent_NothingAgreed()
    {
        var c = Convened();

        Assert.Empty(c.AgreedTopics());
        Assert.Empty(c.MemoRecipients());
        Assert.False(c.MayShareTopics);
        Assert.False(c.RemoteAllowed);
    }

    [Fact]
    public void Rules_GivenConsent_ReadItsContent()
    {
        var c = Consented(Draft() with { Topics = ["work-tasks", "working-hours", "work-tasks"], MayShareTopics = true, RemoteMeeting = true });

        Assert.Equal(["work-tasks", "working-hours"], c.AgreedTopics());
        Assert.True(c.MayShareTopics);
        Assert.True(c.RemoteAllowed);
    }

    [Fact]
    public void Rules_LaterVersionNarrower_OnlyLatestRead()
    {
        var c = Consented(Draft() with { Topics = ["work-tasks", "health"], MayShareTopics = true, RemoteMeeting = true });

        c.RecordConsent(Employee, Draft() with { Topics = ["work-tasks"], RemoteMeeting = false }, Now.AddHours(1));

        Assert.Equal(["work-tasks"], c.AgreedTopics());
        Assert.False(c.MayShareTopics);
        Assert.False(c.RemoteAllowed);
    }

    [Fact]
    public void Rules_Withdrawn_NothingCovered()
    {
        var c = Convened();
        c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with
        {
            MemoRecipientIds = [IdOf(c, Supervisor)], MayShareTopics = true, RemoteMeeting = true,
        }, Now);

        c.Withdraw(Employee, Now.AddDays(1));

        Assert.Empty(c.AgreedTopics());
        Assert.Empty(c.MemoRecipients());
        Assert.False(c.MayShareTopics);
        Assert.False(c.RemoteAllowed);
    }

    [Fact]
    public void MemoRecipients_CoreAllowedAndSteward_ExactlyThoseChosen()
    {
        var c = Convened();
        var draft = DraftAllowing(c, HrPerson) with
        {
            MemoRecipientIds = [IdOf(c, Employee), IdOf(c, HrPerson)], ShopSteward = Steward, MemoToShopSteward = true,
        };

        c.RecordConsent(Employee, draft, Now);

        Assert.Equal([Employee, HrPerson, Steward], c.MemoRecipients().People());
    }

    [Fact]
    public void MemoRecipients_LaterVersionDropsHrAttendance_HrLosesMemo()
    {
        var c = Convened();
        c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { MemoRecipientIds = [IdOf(c, HrPerson), IdOf(c, Supervisor)] }, Now);

        c.RecordConsent(Employee, Draft() with { MemoRecipientIds = [IdOf(c, Supervisor)] }, Now.AddHours(1));

        Assert.Equal([Supervisor], c.MemoRecipients().People());
    }

    [Fact]
    public void MemoRecipients_LaterVersionDropsSteward_StewardLosesMemo()
    {
        var c = Consented(Draft() with { ShopSteward = Steward, MemoToShopSteward = true });

        c.RecordConsent(Employee, Draft(), Now.AddHours(1));

        Assert.Empty(c.MemoRecipients());
    }
}
