using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class ConsentRefusalTests
{
    public static TheoryData<string> NonEmployees => ["supervisor", "hr", "physician", "sameEmailOutsider"];

    private static PersonRef Actor(string who) => who switch
    {
        "supervisor" => Supervisor,
        "hr" => HrPerson,
        "physician" => Physician,
        _ => PersonRef.Outsider("eeva@contoso.fi", "Eeva"),
    };

    [Theory]
    [MemberData(nameof(NonEmployees))]
    public void RecordConsent_NotEmployee_NotAllowedNothingChangedButAudited(string who)
    {
        var c = Convened();

        var result = c.RecordConsent(Actor(who), Draft(), Now);

        Assert.Equal(ConsentOutcome.NotAllowed, result.Outcome);
        Assert.Equal(CaseState.AwaitingConsent, c.State);
        Assert.Empty(c.Consents);
        Assert.Equal(new AuditEntry(Now, Actor(who).ActorId, AuditAction.ConsentRefused, "not-allowed"), c.Audit[^1]);
    }

    [Theory]
    [MemberData(nameof(NonEmployees))]
    public void Decline_NotEmployee_NotAllowedNothingChanged(string who)
    {
        var c = Convened();

        Assert.Equal(ConsentOutcome.NotAllowed, c.Decline(Actor(who), Now).Outcome);
        Assert.Equal(CaseState.AwaitingConsent, c.State);
        Assert.Empty(c.Consents);
        Assert.Equal(AuditAction.ConsentRefused, c.Audit[^1].Action);
    }

    [Theory]
    [MemberData(nameof(NonEmployees))]
    public void Withdraw_NotEmployee_NotAllowedConsentStillCovers(string who)
    {
        var c = Convened();
        var allowing = c.RecordConsent(Employee, DraftAllowing(c, HrPerson), Now);

        var result = c.Withdraw(Actor(who), Now);

        Assert.Equal(ConsentOutcome.NotAllowed, result.Outcome);
        Assert.Equal(CaseState.Scheduling, c.State);
        Assert.Same(allowing.Version, c.LatestConsent);
        Assert.Contains(HrPerson, c.Attendees().People());
        Assert.Equal((Actor(who).ActorId, AuditAction.ConsentRefused), (c.Audit[^1].Actor, c.Audit[^1].Action));
    }

    [Fact]
    public void RecordConsent_EmployeeWithOtherDisplayName_Recorded()
    {
        var c = Convened();

        var result = c.RecordConsent(PersonRef.Insider("AAD-EMPLOYEE", "E."), Draft(), Now);

        Assert.Equal(ConsentOutcome.Recorded, result.Outcome);
    }

    [Fact]
    public void Decline_InvalidState_AuditedAsRefusedWithState()
    {
        var c = Consented();

        c.Decline(Employee, Now);

        Assert.Equal(new AuditEntry(Now, "aad-employee", AuditAction.ConsentRefused, "invalid-state:Scheduling"), c.Audit[^1]);
    }

    [Fact]
    public void RecordConsent_NotEmployeeInWrongState_NotAllowedFirst()
    {
        var c = InState(Convened(), CaseState.Cancelled);

        Assert.Equal(ConsentOutcome.NotAllowed, c.RecordConsent(Supervisor, Draft(), Now).Outcome);
    }
}
