using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class CaseStatusTests
{
    [Fact]
    public void Status_NoConsent_Pending()
    {
        var c = Convened();

        Assert.Equal(new CaseStatus(CaseId, c.Code, CaseState.AwaitingConsent, ConsentStatus.Pending), c.Status());
    }

    [Fact]
    public void Status_Given_GivenAndScheduling()
    {
        var status = Consented().Status();

        Assert.Equal((CaseState.Scheduling, ConsentStatus.Given), (status.State, status.Consent));
    }

    [Fact]
    public void Status_Declined_DeclinedAndCancelled()
    {
        var c = Convened();
        c.Decline(Employee, Now);

        Assert.Equal((CaseState.Cancelled, ConsentStatus.Declined), (c.Status().State, c.Status().Consent));
    }

    [Fact]
    public void Status_Withdrawn_WithdrawnAndCancelled()
    {
        var c = Consented();
        c.Withdraw(Employee, Now);

        Assert.Equal((CaseState.Cancelled, ConsentStatus.Withdrawn), (c.Status().State, c.Status().Consent));
    }

    [Fact]
    public void Status_Projection_CarriesNoConsentContent()
    {
        var properties = typeof(CaseStatus).GetProperties().Select(p => p.Name).Order();

        Assert.Equal(["CaseId", "Code", "Consent", "State"], properties);
    }
}
