using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class ConveneConvenerTests
{
    [Theory]
    [InlineData(CaseRole.Hr)]
    [InlineData(CaseRole.OhPhysician)]
    [InlineData(CaseRole.OhNurse)]
    public void Convene_ThirdPartyConvenerRole_Succeeds(CaseRole role)
    {
        var result = Case.Convene(Request() with { Convener = Stranger, ConvenerRole = role, Supervisor = Supervisor }, CaseId, Now);

        Assert.True(result.Succeeded);
        Assert.Equal(CaseState.AwaitingConsent, result.Case!.State);
        Assert.Equal(role, result.Case.Participants.Single(p => p.Person == Stranger).Role);
    }

    [Fact]
    public void Convene_SupervisorConvenes_ConvenerIsTheSupervisor()
    {
        var c = Case.Convene(Request() with { Supervisor = null }, CaseId, Now).Case!;

        Assert.Equal(Supervisor, c.Participants.Single(p => p.Role == CaseRole.Supervisor).Person);
    }

    [Fact]
    public void Convene_EmployeeConvenes_ConvenerIsTheEmployee()
    {
        var request = Request() with { Convener = Employee, ConvenerRole = CaseRole.Employee, Employee = null, Supervisor = Supervisor };

        var c = Case.Convene(request, CaseId, Now).Case!;

        Assert.Equal(Employee, c.Employee.Person);
    }

    [Theory]
    [InlineData(CaseRole.ShopSteward)]
    [InlineData(CaseRole.Other)]
    public void Convene_ConvenerRoleNotAllowed_RefusedOnConvenerField(CaseRole role)
    {
        var result = Case.Convene(Request() with { Convener = Stranger, ConvenerRole = role, Supervisor = Supervisor }, CaseId, Now);

        Assert.Null(result.Case);
        Assert.Contains(new ValidationError(CaseField.Convener, CaseErrorCode.RoleNotAllowed), result.Errors);
    }

    [Fact]
    public void Convene_SupervisorConvenerNamesAnotherSupervisor_MustBeConvener()
    {
        var result = Case.Convene(Request() with { Supervisor = Stranger }, CaseId, Now);

        Assert.Contains(new ValidationError(CaseField.Supervisor, CaseErrorCode.MustBeConvener), result.Errors);
    }

    [Fact]
    public void Convene_HrConvener_IsOnlyProposed()
    {
        var request = Request() with { Convener = Stranger, ConvenerRole = CaseRole.Hr, Supervisor = Supervisor };

        var c = Case.Convene(request, CaseId, Now).Case!;

        Assert.DoesNotContain(Stranger, c.Attendees().People());
    }

    [Fact]
    public void Convene_OhConvenerNotListed_JoinsOccupationalHealth()
    {
        var request = Request() with
        {
            Convener = Nurse, ConvenerRole = CaseRole.OhNurse, Supervisor = Supervisor, OccupationalHealth = [],
        };

        var c = Case.Convene(request, CaseId, Now).Case!;

        Assert.Contains(Nurse, c.Attendees().People());
    }

    [Fact]
    public void Convene_Succeeds_AuditsConvenerWithoutDetail()
    {
        var c = Convened();

        var entry = Assert.Single(c.Audit);
        Assert.Equal(new AuditEntry(Now, "aad-supervisor", AuditAction.CaseConvened, ""), entry);
    }
}
