using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class CaseSnapshotTests
{
    [Fact]
    public void FromSnapshot_AfterConvene_SameCase()
    {
        AssertRestoresIdentically(Convened());
    }

    [Fact]
    public void FromSnapshot_AfterConsentV1AndV2WithShopSteward_SameCase()
    {
        var c = WithStewardConsent();

        var restored = AssertRestoresIdentically(c);

        Assert.Contains(Steward, restored.MemoRecipients().People());
        Assert.Equal(2, restored.LatestConsent!.Number);
        Assert.Equal("Vain työjärjestelyt", restored.LatestConsent.Note);
    }

    [Fact]
    public void FromSnapshot_AfterWithdrawal_SameCase()
    {
        var c = WithStewardConsent();
        c.Withdraw(Employee, Now.AddHours(3));

        var restored = AssertRestoresIdentically(c);

        Assert.Equal(CaseState.Cancelled, restored.State);
        Assert.Empty(restored.MemoRecipients());
    }

    [Fact]
    public void FromSnapshot_RestoredCase_NextConsentContinuesNumberingAndReusesSteward()
    {
        var original = WithStewardConsent();
        var restored = Case.FromSnapshot(original.ToSnapshot());
        var draft = Draft() with { ShopSteward = Steward };

        original.RecordConsent(Employee, draft, Now.AddHours(4));
        restored.RecordConsent(Employee, draft, Now.AddHours(4));

        Assert.Equal(3, restored.LatestConsent!.Number);
        Assert.Equal(original.ToSnapshot(), restored.ToSnapshot());
    }

    [Fact]
    public void Equals_DifferentTopic_NotEqual()
    {
        var snapshot = WithStewardConsent().ToSnapshot();
        var consents = snapshot.Consents.ToList();
        consents[^1] = consents[^1] with { Topics = ["other-topic"] };

        Assert.NotEqual(snapshot, snapshot with { Consents = consents });
    }

    [Fact]
    public void Equals_DifferentDisplayName_NotEqual()
    {
        var snapshot = Convened().ToSnapshot();
        var participants = snapshot.Participants.ToList();
        participants[0] = participants[0] with { Person = participants[0].Person with { DisplayName = "Toinen Nimi" } };

        Assert.NotEqual(snapshot, snapshot with { Participants = participants });
    }

    [Fact]
    public void FromSnapshot_UnknownSchema_Throws()
    {
        var snapshot = Convened().ToSnapshot() with { Schema = CaseSnapshot.CurrentSchema + 1 };

        Assert.Throws<NotSupportedException>(() => Case.FromSnapshot(snapshot));
    }

    private static Case WithStewardConsent()
    {
        var c = Convened();
        c.RecordConsent(Employee, DraftAllowing(c, HrPerson), Now.AddHours(1));
        var v2 = DraftAllowing(c, OtherPerson) with
        {
            Topics = ["work-tasks", "working-time"],
            ShopSteward = Steward,
            MemoToShopSteward = true,
            MemoRecipientIds = [IdOf(c, Employee), IdOf(c, OtherPerson)],
            MayShareTopics = true,
            RemoteMeeting = true,
            Note = "Vain työjärjestelyt",
        };
        Assert.True(c.RecordConsent(Employee, v2, Now.AddHours(2)).Succeeded);
        return c;
    }

    private static Case AssertRestoresIdentically(Case original)
    {
        var restored = Case.FromSnapshot(original.ToSnapshot());

        Assert.Equal(original.ToSnapshot(), restored.ToSnapshot());
        Assert.Equal(Describe(original.Attendees()), Describe(restored.Attendees()));
        Assert.Equal(Describe(original.MemoRecipients()), Describe(restored.MemoRecipients()));
        Assert.Equal(original.AgreedTopics(), restored.AgreedTopics());
        Assert.Equal(original.Status(), restored.Status());
        Assert.Equal(original.Audit, restored.Audit);
        Assert.Equal((original.MayShareTopics, original.RemoteAllowed), (restored.MayShareTopics, restored.RemoteAllowed));
        return restored;
    }

    private static IEnumerable<string> Describe(IEnumerable<Participant> participants) =>
        participants.Select(p => $"{p.Id}|{p.Role}|{p.Person.AadObjectId}|{p.Person.Email}|{p.Person.DisplayName}");
}
