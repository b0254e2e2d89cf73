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
        var resolution = await ResolveAsync(PlaygroundSubmit() with { Employee = Jenni, EmployeeText = "nobody at all" });

        Assert.Equal(Jenni, resolution.Request?.Employee?.AadObjectId);
    }

    [Theory]
    [InlineData("Maija Meikäläinen")]
    [InlineData("nobody@contoso.example")]
    public async Task ResolveAsync_UnknownEmployee_EmployeeNotFoundWithoutSuggestions(string typed)
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = typed });

        Assert.Null(resolution.Request);
        Assert.Equal(new ValidationError(CaseField.Employee, CaseErrorCode.NotFound), Assert.Single(resolution.Errors));
    }

    [Theory]
    [InlineData("Mikko Korhnen", "Mikko Korhonen")]
    [InlineData("Jeni Makkinen", "Jenni Mäkinen")]
    [InlineData("Korhonen Miko", "Mikko Korhonen")]
    public async Task ResolveAsync_MisspelledEmployee_NotFoundSuggestsCloseNames(string typed, string suggested)
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = typed });

        var error = Assert.Single(resolution.Errors);
        Assert.Equal((CaseField.Employee, CaseErrorCode.NotFound), (error.Field, error.Code));
        Assert.Contains(suggested, error.Detail);
    }

    [Fact]
    public async Task ResolveAsync_AmbiguousEmployee_ListsTheCandidates()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = "Hei" });

        var error = Assert.Single(resolution.Errors);
        Assert.Equal((CaseField.Employee, CaseErrorCode.Ambiguous), (error.Field, error.Code));
        Assert.Equal("Johanna Heikkinen (johanna.heikkinen@contoso.example), Ville Heinonen (ville.heinonen@contoso.example)", error.Detail);
    }

    [Fact]
    public async Task ResolveAsync_UnknownSupervisorName_SupervisorNotFound()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { ConvenerRole = "employee", EmployeeText = null, SupervisorText = "Maija Meikäläinen" });

        Assert.Contains(resolution.Errors, e => e is { Field: CaseField.Supervisor, Code: CaseErrorCode.NotFound });
    }

    [Theory]
    [InlineData("supervisor")]
    [InlineData("hr")]
    public async Task ResolveAsync_RoleTheDirectoryDoesNotGiveConvener_ConvenerError(string role)
    {
        var mikko = PersonRef.Insider(Mikko, "Mikko Korhonen");

        var resolution = await ResolveAsync(PlaygroundSubmit() with { ConvenerRole = role, EmployeeText = "Jenni Mäkinen" }, mikko);

        Assert.Equal(new ValidationError(CaseField.Convener, CaseErrorCode.RoleNotAllowed), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_NoRoleChosen_ConvenerRequired()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { ConvenerRole = "" });

        Assert.Equal(new ValidationError(CaseField.Convener, CaseErrorCode.Required), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_ConvenerNotInDirectory_RoleNotAllowed()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit(), PersonRef.Insider("someone-unknown", "Vieras"));

        Assert.Contains(new ValidationError(CaseField.Convener, CaseErrorCode.RoleNotAllowed), resolution.Errors);
    }

    [Fact]
    public async Task ResolveAsync_SupervisorConvenesSomeoneElsesEmployee_ConvenerNotEmployeesSupervisor()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = "Elin Holmström" });

        Assert.Equal(new ValidationError(CaseField.Convener, CaseErrorCode.NotEmployeesSupervisor), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_NamedSupervisorNotTheEmployees_SupervisorNotEmployeesSupervisor()
    {
        var sanna = PersonRef.Insider(Sanna, "Sanna Lehtinen");

        var resolution = await ResolveAsync(PlaygroundSubmit() with { ConvenerRole = "hr", SupervisorText = "Timo Laine", Others = null }, sanna);

        Assert.Equal(new ValidationError(CaseField.Supervisor, CaseErrorCode.NotEmployeesSupervisor), Assert.Single(resolution.Errors));
    }

    [Fact]
    public async Task ResolveAsync_NamedSupervisorIsTheEmployees_Accepted()
    {
        var sanna = PersonRef.Insider(Sanna, "Sanna Lehtinen");

        var resolution = await ResolveAsync(PlaygroundSubmit() with { ConvenerRole = "hr", Supervisor = Aino, Others = null }, sanna);

        Assert.Empty(resolution.Errors);
        Assert.Equal(Aino, resolution.Request!.Supervisor?.AadObjectId);
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
    [InlineData("laakari@terveys")]
    [InlineData("laakari@[10.0.0.1]")]
    [InlineData("laakari@terveys.example.")]
    public async Task ResolveAsync_MalformedOhEmail_OhInvalidEmail(string emails)
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { OhEmails = emails });

        Assert.Null(resolution.Request);
        Assert.Contains(new ValidationError(CaseField.OccupationalHealth, CaseErrorCode.InvalidEmail), resolution.Errors);
    }

    [Fact]
    public async Task ResolveAsync_MalformedTypedEmployeeAddress_EmployeeInvalidEmail()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = "mikko@contoso" });

        Assert.Equal(new ValidationError(CaseField.Employee, CaseErrorCode.InvalidEmail), Assert.Single(resolution.Errors));
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
