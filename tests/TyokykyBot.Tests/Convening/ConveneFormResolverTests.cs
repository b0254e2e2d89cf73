using TyokykyBot.Cases;
using TyokykyBot.Convening;
using TyokykyBot.Tests.Cards;
using static TyokykyBot.Tests.Convening.ConveneFixture;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Convening;

public class ConveneFormResolverTests
{
    [Fact]
    public void Read_ExecuteData_ReadsRawStringsAndJoinsArrays()
    {
        var data = CardJson.Data(("convenerRole", "hr"), ("employeeText", "Mikko"), ("oh", "user-id-3,x@y.example"),
            ("others", new[] { "user-id-2", "a" }), ("length", 120), ("caseId", "ignored"));

        var values = ConveneForm.Read(data);

        Assert.Equal(("hr", "Mikko", "user-id-3,x@y.example", "user-id-2,a", "120"),
            (values.ConvenerRole, values.EmployeeText, values.OccupationalHealth, values.Others, values.Length));
        Assert.Null(values.Employee);
        Assert.Null(values.WindowStart);
    }

    [Fact]
    public async Task ResolveAsync_PlaygroundSubmitByName_GivesRequestThatCaseAccepts()
    {
        var resolution = await ResolveAsync(ConveneForm.Read(CardJson.Data(
            ("convenerRole", "supervisor"), ("employee", ""), ("employeeText", "mikko korhonen"), ("supervisor", ""),
            ("supervisorText", ""), ("oh", "user-id-3"), ("ohEmails", OutsideEmail), ("others", "user-id-2"),
            ("kind", "first"), ("windowStart", "2026-03-09"), ("windowEnd", "2026-03-27"), ("length", "90"), ("mode", "remote"))));

        Assert.Empty(resolution.Errors);
        var request = resolution.Request!;
        Assert.Equal(Mikko, request.Employee?.AadObjectId);
        Assert.Null(request.Supervisor);
        Assert.Contains(request.OccupationalHealth, e => e.Person.AadObjectId == Johanna && e.Role == CaseRole.OhNurse);
        Assert.Contains(request.OccupationalHealth, e => e.Person.Email == OutsideEmail && !e.Person.IsInsider && e.Role == CaseRole.OhPhysician);
        Assert.Equal(CaseRole.Hr, Assert.Single(request.Others).Role);
        var result = Case.Convene(request, Guid.NewGuid(), Now);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(Aino, result.Case!.Participants.Single(p => p.Role == CaseRole.Supervisor).Person.AadObjectId);
    }

    [Fact]
    public async Task ResolveAsync_EmployeeByEmailAndNoSupervisor_UsesDirectorySupervisor()
    {
        var values = PlaygroundSubmit() with { ConvenerRole = "hr", EmployeeText = "ELIN.holmstrom@contoso.example", Others = null };

        var resolution = await ResolveAsync(values, PersonRef.Insider(Sanna, "Sanna Lehtinen"));

        Assert.Equal(Elin, resolution.Request?.Employee?.AadObjectId);
        Assert.Equal(Timo, resolution.Request?.Supervisor?.AadObjectId);
        Assert.True(Case.Convene(resolution.Request!, Guid.NewGuid(), Now).Succeeded);
    }

    [Fact]
    public async Task ResolveAsync_PickerAndText_PickerWins()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { Employee = Elin, EmployeeText = "nobody at all" });

        Assert.Equal(Elin, resolution.Request?.Employee?.AadObjectId);
    }

    [Theory]
    [InlineData("Maija Meikäläinen")]
    [InlineData("nobody@contoso.example")]
    [InlineData("Hei")]
    public async Task ResolveAsync_UnknownOrAmbiguousEmployee_EmployeeInvalidPerson(string typed)
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = typed });

        Assert.Null(resolution.Request);
        Assert.Equal(new ValidationError(CaseField.Employee, CaseErrorCode.InvalidPerson), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_UnknownSupervisorName_SupervisorInvalidPerson()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { SupervisorText = "Maija Meikäläinen" });

        Assert.Contains(new ValidationError(CaseField.Supervisor, CaseErrorCode.InvalidPerson), resolution.Errors);
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("hr")]
    [InlineData("")]
    public async Task ResolveAsync_RoleTheDirectoryDoesNotGiveConvener_ConvenerError(string role)
    {
        var mikko = PersonRef.Insider(Mikko, "Mikko Korhonen");

        var resolution = await ResolveAsync(PlaygroundSubmit() with { ConvenerRole = role, EmployeeText = "Jenni Mäkinen" }, mikko);

        Assert.Equal(new ValidationError(CaseField.Convener, CaseErrorCode.RoleNotAllowed), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_OhEmailKnownToDirectory_UsesDirectoryPerson()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { OccupationalHealth = null, OhEmails = "Markku.Turunen@terveyspalvelu.example; " + OutsideEmail });

        var oh = resolution.Request!.OccupationalHealth;
        Assert.Equal(2, oh.Count);
        Assert.Contains(oh, e => e.Person.DisplayName == "Markku Turunen" && e.Role == CaseRole.OhPhysician);
        Assert.Contains(oh, e => e.Person.DisplayName == OutsideEmail);
    }

    [Theory]
    [InlineData("not-an-address@")]
    [InlineData("Mikko Korhonen <mikko@x.example>")]
    public async Task ResolveAsync_MalformedOhEmail_OhInvalidPerson(string emails)
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { OhEmails = emails });

        Assert.Contains(new ValidationError(CaseField.OccupationalHealth, CaseErrorCode.InvalidPerson), resolution.Errors);
    }

    [Fact]
    public async Task ResolveAsync_NonOhPersonChosenAsOh_RoleNotAllowed()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { OccupationalHealth = Elin });

        Assert.Contains(new ValidationError(CaseField.OccupationalHealth, CaseErrorCode.RoleNotAllowed), resolution.Errors);
    }

    [Theory]
    [InlineData("kind", "second", "kind")]
    [InlineData("mode", "hybrid", "mode")]
    [InlineData("windowStart", "9.3.2026", "windowStart")]
    [InlineData("length", "ninety", "length")]
    public async Task ResolveAsync_UnreadableValue_ErrorOnThatField(string input, string value, string field)
    {
        var values = input switch
        {
            "kind" => PlaygroundSubmit() with { Kind = value },
            "mode" => PlaygroundSubmit() with { Mode = value },
            "windowStart" => PlaygroundSubmit() with { WindowStart = value },
            _ => PlaygroundSubmit() with { Length = value },
        };

        var resolution = await ResolveAsync(values);

        Assert.Equal(field, Assert.Single(resolution.Errors).Field);
    }

    [Fact]
    public async Task ResolveAsync_EmptyChoices_UseDefaults()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { Kind = "", Mode = null, Length = " " });

        var request = resolution.Request!;
        Assert.Equal((MeetingKind.First, MeetingMode.Remote, 90), (request.Kind, request.Mode, request.LengthMinutes));
    }
}
