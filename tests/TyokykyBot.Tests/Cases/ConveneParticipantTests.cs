using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class ConveneParticipantTests
{
    [Fact]
    public void Convene_NoEmployee_RequiredOnEmployee()
    {
        var result = Case.Convene(Request() with { Employee = null }, CaseId, Now);

        Assert.Null(result.Case);
        Assert.Equal([new ValidationError(CaseField.Employee, CaseErrorCode.Required)], result.Errors);
    }

    [Fact]
    public void Convene_EmployeeOutsideTenant_MustBeInTenant()
    {
        var result = Case.Convene(Request() with { Employee = PersonRef.Outsider("x@elsewhere.example", "X") }, CaseId, Now);

        Assert.Contains(new ValidationError(CaseField.Employee, CaseErrorCode.MustBeInTenant), result.Errors);
    }

    [Fact]
    public void Convene_NoSupervisorAndConvenerNotSupervisor_RequiredOnSupervisor()
    {
        var request = Request() with { Convener = HrPerson, ConvenerRole = CaseRole.Hr, Supervisor = null, Others = [] };

        var result = Case.Convene(request, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.Supervisor, CaseErrorCode.Required)], result.Errors);
    }

    [Fact]
    public void Convene_NoOccupationalHealth_RequiredOnOh()
    {
        var result = Case.Convene(Request() with { OccupationalHealth = [] }, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.OccupationalHealth, CaseErrorCode.Required)], result.Errors);
    }

    [Fact]
    public void Convene_NonOhRoleInOhList_RoleNotAllowed()
    {
        var result = Case.Convene(Request() with { OccupationalHealth = [new(Physician, CaseRole.Hr)] }, CaseId, Now);

        Assert.Contains(new ValidationError(CaseField.OccupationalHealth, CaseErrorCode.RoleNotAllowed), result.Errors);
    }

    [Fact]
    public void Convene_MoreThanMaxParticipants_TooManyOnTheListThatPassesIt()
    {
        var request = Request();
        var room = ConveneRules.MaxParticipants - Case.Convene(request, CaseId, Now).Case!.Participants.Count;
        var others = Enumerable.Range(0, room + 1)
            .Select(i => new ParticipantEntry(PersonRef.Insider($"aad-other-{i}", $"Muu {i}"), CaseRole.Other)).ToList();

        var full = Case.Convene(request with { Others = [.. request.Others, .. others.Take(room)] }, CaseId, Now);
        var over = Case.Convene(request with { Others = [.. request.Others, .. others] }, CaseId, Now);

        Assert.Equal(ConveneRules.MaxParticipants, full.Case!.Participants.Count);
        Assert.Null(over.Case);
        Assert.Equal([new ValidationError(CaseField.Others, CaseErrorCode.TooMany)], over.Errors);
    }

    [Fact]
    public void Convene_OutsiderPhysicianAndNurse_BothCore()
    {
        var request = Request() with { OccupationalHealth = [new(Physician, CaseRole.OhPhysician), new(Nurse, CaseRole.OhNurse)] };

        var c = Case.Convene(request, CaseId, Now).Case!;

        Assert.Equal([Employee, Supervisor, Physician, Nurse], c.Attendees().People());
    }

    [Fact]
    public void Convene_ShopStewardProposed_RefusedOnOthers()
    {
        var result = Case.Convene(Request() with { Others = [new(Steward, CaseRole.ShopSteward)] }, CaseId, Now);

        Assert.Null(result.Case);
        Assert.Equal([new ValidationError(CaseField.Others, CaseErrorCode.ShopStewardByEmployeeOnly)], result.Errors);
    }

    [Theory]
    [InlineData(CaseRole.Supervisor)]
    [InlineData(CaseRole.OhNurse)]
    [InlineData(CaseRole.Employee)]
    public void Convene_CoreRoleAmongOthers_RoleNotAllowed(CaseRole role)
    {
        var result = Case.Convene(Request() with { Others = [new(Stranger, role)] }, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.Others, CaseErrorCode.RoleNotAllowed)], result.Errors);
    }

    [Fact]
    public void Convene_EmployeeAlsoProposed_EmployeeAlsoOtherParticipant()
    {
        var result = Case.Convene(Request() with { Others = [new(Employee, CaseRole.Other)] }, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.Employee, CaseErrorCode.EmployeeAlsoOtherParticipant)], result.Errors);
    }

    [Fact]
    public void Convene_EmployeeAlsoOhByEmail_EmployeeAlsoOtherParticipant()
    {
        var sameByMail = PersonRef.Outsider("EEVA@contoso.fi", "Eeva");

        var result = Case.Convene(Request() with { OccupationalHealth = [new(sameByMail, CaseRole.OhNurse)] }, CaseId, Now);

        Assert.Contains(new ValidationError(CaseField.Employee, CaseErrorCode.EmployeeAlsoOtherParticipant), result.Errors);
    }

    [Fact]
    public void Convene_SamePersonProposedTwice_DuplicatePerson()
    {
        var result = Case.Convene(Request() with { Others = [new(HrPerson, CaseRole.Hr), new(HrPerson, CaseRole.Other)] }, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.Others, CaseErrorCode.DuplicatePerson)], result.Errors);
    }

    [Fact]
    public void Convene_Succeeds_ProposedOnRosterButNotAttending()
    {
        var c = Convened();

        Assert.Contains(HrPerson, c.Participants.People());
        Assert.Equal([Employee, Supervisor, Physician], c.Attendees().People());
    }
}
