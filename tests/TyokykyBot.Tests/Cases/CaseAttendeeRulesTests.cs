using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class CaseAttendeeRulesTests
{
    [Fact]
    public void Attendees_NoConsent_CoreGroupOnly()
    {
        Assert.Equal([Employee, Supervisor, Physician], Convened().Attendees().People());
    }

    [Fact]
    public void Attendees_ConsentAllowsHr_HrAttends()
    {
        var c = Convened();

        c.RecordConsent(Employee, DraftAllowing(c, HrPerson), Now);

        Assert.Equal([Employee, Supervisor, Physician, HrPerson], c.Attendees().People());
    }

    [Fact]
    public void Attendees_ConsentWithoutHr_HrDoesNotAttend()
    {
        var c = Consented();

        Assert.DoesNotContain(HrPerson, c.Attendees().People());
    }

    [Fact]
    public void Attendees_LaterVersionDropsHr_HrStopsAttending()
    {
        var c = Convened();
        c.RecordConsent(Employee, DraftAllowing(c, HrPerson, OtherPerson), Now);

        c.RecordConsent(Employee, DraftAllowing(c, OtherPerson), Now.AddHours(1));

        Assert.Equal([Employee, Supervisor, Physician, OtherPerson], c.Attendees().People());
        Assert.Contains(IdOf(c, HrPerson), c.Consents[0].AllowedAttendeeIds);
    }

    [Fact]
    public void Attendees_EmployeeInvitesShopSteward_StewardAttends()
    {
        var c = Convened();

        c.RecordConsent(Employee, Draft() with { ShopSteward = Steward }, Now);

        var steward = Assert.Single(c.Attendees(), p => p.Role == CaseRole.ShopSteward);
        Assert.Equal(Steward, steward.Person);
        Assert.Equal(steward.Id, c.LatestConsent!.ShopStewardId);
    }

    [Fact]
    public void Attendees_StewardDroppedInLaterVersion_StewardStopsAttending()
    {
        var c = Consented(Draft() with { ShopSteward = Steward });

        c.RecordConsent(Employee, Draft(), Now.AddHours(1));

        Assert.DoesNotContain(Steward, c.Attendees().People());
    }

    [Fact]
    public void RecordConsent_SameStewardAgain_SameParticipant()
    {
        var c = Consented(Draft() with { ShopSteward = Steward });

        c.RecordConsent(Employee, Draft() with { ShopSteward = PersonRef.Insider("AAD-STEWARD", "L."), MayShareTopics = true }, Now.AddHours(1));

        Assert.Single(c.Participants, p => p.Role == CaseRole.ShopSteward);
        Assert.Equal(c.Consents[0].ShopStewardId, c.Consents[1].ShopStewardId);
    }

    [Fact]
    public void Attendees_Withdrawn_CoreGroupOnly()
    {
        var c = Convened();
        c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { ShopSteward = Steward }, Now);

        c.Withdraw(Employee, Now.AddDays(1));

        Assert.Equal([Employee, Supervisor, Physician], c.Attendees().People());
    }

    [Fact]
    public void Attendees_Declined_CoreGroupOnly()
    {
        var c = Convened();

        c.Decline(Employee, Now);

        Assert.Equal([Employee, Supervisor, Physician], c.Attendees().People());
    }
}
