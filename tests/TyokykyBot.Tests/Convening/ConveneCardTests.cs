using System.Text.Json.Nodes;
using TyokykyBot.Cards;
using TyokykyBot.Cases;
using TyokykyBot.Convening;
using TyokykyBot.Localization;
using TyokykyBot.Tests.Cards;
using static TyokykyBot.Tests.Convening.ConveneFixture;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.Convening;

public class ConveneCardTests
{
    private static readonly string[] FieldIds =
    [
        "convenerRole", "employee", "employeeText", "supervisor", "supervisorText", "oh", "ohEmails",
        "others", "kind", "windowStart", "windowEnd", "length", "mode", "place",
    ];

    [Fact]
    public async Task Create_NewCard_HasEveryFieldId()
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.Finnish);

        Assert.All(FieldIds, id => Assert.True(CardJson.Has(card, id), $"no input '{id}'"));
    }

    [Theory]
    [InlineData("employee", "employeeText")]
    [InlineData("supervisor", "supervisorText")]
    public async Task Create_PersonInput_IsPeopleSearchFollowedByFallbackText(string picker, string fallback)
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.Finnish);

        var input = CardJson.ById(card, picker);
        Assert.Equal("Input.ChoiceSet", (string?)input["type"]);
        Assert.Equal("Data.Query", (string?)input["choices.data"]?["type"]);
        Assert.Equal("people", (string?)input["choices.data"]?["dataset"]);
        Assert.Equal("filtered", (string?)input["style"]);
        Assert.False((bool?)input["isMultiSelect"]);
        var next = CardJson.After(card, picker);
        Assert.Equal((fallback, "Input.Text"), ((string?)next["id"], (string?)next["type"]));
    }

    [Fact]
    public async Task Create_NoValues_LengthDefaultsTo90AndModeToRemote()
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.Finnish);

        Assert.Equal("90", (string?)CardJson.ById(card, "length")["value"]);
        Assert.Equal(["60", "90", "120"], CardJson.ById(card, "length")["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal("remote", (string?)CardJson.ById(card, "mode")["value"]);
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_OhAndOthers_DescribedByRoleInReadersLanguageNotFinnishJobTitle(string code)
    {
        var language = UiLanguage.Parse(code)!;
        string Role(string id) => Catalog.FindRole(id)!.Label.Get(code);

        JsonObject card = ConveneCard.Create(await ModelAsync(), language);

        IEnumerable<string?> Titles(string id) => CardJson.ById(card, id)["choices"]!.AsArray().Select(c => (string?)c!["title"]);
        Assert.Contains($"Johanna Heikkinen, {Role("oh-nurse")}, Contoso Oy", Titles("oh"));
        Assert.Contains($"Markku Turunen, {Role("oh-physician")}, Terveyspalvelu Oy", Titles("oh"));
        Assert.Contains($"Katja Rantanen, {Role("hr")}, Contoso Oy", Titles("others"));
        Assert.Contains($"Tuula Ahonen, {Role("other")}, Contoso Oy", Titles("others"));
        Assert.DoesNotContain(Titles("others"), t => t!.Contains("päällikkö", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Create_PlaygroundUser_OffersDirectoryRolesWithSupervisorPreselected()
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.English);

        var roles = CardJson.ById(card, "convenerRole");
        Assert.Equal(["supervisor", "employee"], roles["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal("supervisor", (string?)roles["value"]);
    }

    [Fact]
    public async Task Create_OccupationalHealthAndOthers_ListDirectoryPeopleByRole()
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.Finnish);

        var oh = CardJson.ById(card, "oh")["choices"]!.AsArray().Select(c => (string?)c!["value"]).ToList();
        var others = CardJson.ById(card, "others")["choices"]!.AsArray().Select(c => (string?)c!["value"]).ToList();
        Assert.Equal(["markku.turunen@terveyspalvelu.example", "user-id-3"], oh.Order());
        Assert.Contains("user-id-2", others);
        Assert.DoesNotContain("user-id-1", others);
        Assert.True((bool?)CardJson.ById(card, "oh")["isMultiSelect"]);
    }

    [Theory]
    [InlineData("convener", "convenerRole", CaseErrorCode.RoleNotAllowed)]
    [InlineData("employee", "employeeText", CaseErrorCode.InvalidPerson)]
    [InlineData("supervisor", "supervisorText", CaseErrorCode.Required)]
    [InlineData("oh", "ohEmails", CaseErrorCode.Required)]
    [InlineData("windowEnd", "windowEnd", CaseErrorCode.BeforeStart)]
    [InlineData("length", "length", CaseErrorCode.LengthNotAllowed)]
    public async Task Create_FieldError_IsRedLineDirectlyUnderItsInputs(string field, string lastInput, CaseErrorCode code)
    {
        var error = new ValidationError(field, code);
        JsonObject card = ConveneCard.Create(await ModelAsync(errors: [error]), UiLanguage.Finnish);

        var under = CardJson.After(card, lastInput);
        Assert.Equal("TextBlock", (string?)under["type"]);
        Assert.Equal("attention", (string?)under["color"]);
        Assert.Equal(FieldErrors.Message(error, UiLanguage.Finnish), (string?)under["text"]);
        Assert.Single(CardJson.All(card), o => (string?)o["color"] == "attention");
    }

    [Fact]
    public async Task Create_ErrorOfUnknownField_IsStillShown()
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(errors: [new("somethingElse", CaseErrorCode.InvalidValue)]), UiLanguage.English);

        Assert.Contains(CardJson.All(card), o => (string?)o["color"] == "attention" && (string?)o["text"] == "This value is not valid.");
    }

    [Fact]
    public async Task Create_SubmittedValues_ComeBackPrefilled()
    {
        var values = PlaygroundSubmit() with { Employee = "user-id-1", Length = "60", Mode = "onSite", Kind = "followUp" };

        JsonObject card = ConveneCard.Create(await ModelAsync(values), UiLanguage.Finnish);

        Assert.Equal("supervisor", (string?)CardJson.ById(card, "convenerRole")["value"]);
        Assert.Equal("Mikko Korhonen", (string?)CardJson.ById(card, "employeeText")["value"]);
        Assert.Equal("user-id-1", (string?)CardJson.ById(card, "employee")["value"]);
        Assert.Equal("Mikko Korhonen", (string?)CardJson.ById(card, "employee")["choices"]![0]!["title"]);
        Assert.Equal("user-id-3", (string?)CardJson.ById(card, "oh")["value"]);
        Assert.Equal(OutsideEmail, (string?)CardJson.ById(card, "ohEmails")["value"]);
        Assert.Equal("user-id-2", (string?)CardJson.ById(card, "others")["value"]);
        Assert.Equal("followUp", (string?)CardJson.ById(card, "kind")["value"]);
        Assert.Equal("2026-03-09", (string?)CardJson.ById(card, "windowStart")["value"]);
        Assert.Equal("2026-03-27", (string?)CardJson.ById(card, "windowEnd")["value"]);
        Assert.Equal("60", (string?)CardJson.ById(card, "length")["value"]);
        Assert.Equal("onSite", (string?)CardJson.ById(card, "mode")["value"]);
    }

    [Fact]
    public async Task Create_Card_IsVersion15FullWidthWithSubmitExecute()
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.Swedish);

        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Equal("Full", (string?)card["msteams"]?["width"]);
        var submit = Assert.Single(CardJson.Actions(card));
        Assert.Equal(("Action.Execute", "convene.submit"), ((string?)submit["type"], (string?)submit["verb"]));
    }

    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Create_EveryLanguageWithErrors_StaysUnderSizeLimit(string code)
    {
        var errors = Enum.GetValues<CaseErrorCode>().Select(c => new ValidationError(CaseField.Employee, c)).ToList();

        JsonObject card = ConveneCard.Create(await ModelAsync(PlaygroundSubmit(), errors), UiLanguage.Parse(code)!);

        Assert.InRange(CardJson.Bytes(card), 1, CardJson.MaxBytes);
    }

    [Fact]
    public async Task Create_EveryTextInput_StatesTheServersLimit()
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.Finnish);

        var texts = CardJson.All(card).Where(o => (string?)o["type"] == "Input.Text").ToList();
        Assert.Equal(["employeeText", "supervisorText", "ohEmails", "place"], texts.Select(t => (string?)t["id"]));
        Assert.All(texts, t => Assert.Equal(ConveneLimits.For((string)t["id"]!), (int?)t["maxLength"]));
    }

    [Theory]
    [InlineData("convenerRole")]
    [InlineData("windowStart")]
    [InlineData("windowEnd")]
    public async Task Create_RequiredInput_IsRequiredWithErrorMessage(string id)
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(), UiLanguage.Swedish);

        var input = CardJson.ById(card, id);
        Assert.True((bool?)input["isRequired"]);
        Assert.Equal(Texts.Get("FieldError.Required", UiLanguage.Swedish), (string?)input["errorMessage"]);
    }

    [Fact]
    public async Task Create_ConvenerWithoutConveningRole_RefusalShownAndNoRoleAsked()
    {
        var model = await new ConveneCardModelBuilder(People.DirectoryFixture.Dir, People.DirectoryFixture.Catalog)
            .BuildAsync("someone-unknown", null, null, CancellationToken.None);

        JsonObject card = ConveneCard.Create(model, UiLanguage.Finnish);

        // No role to choose, so nothing to require: the card can be submitted, to be told why not.
        Assert.False(CardJson.Has(card, "convenerRole"));
        Assert.DoesNotContain(CardJson.All(card), o => o["isRequired"] is not null && (string?)o["type"] == "Input.ChoiceSet");
        var refusal = CardJson.ById(card, FieldErrors.IdFor("convenerRole"));
        Assert.Equal(Texts.Get("FieldError.ConvenerRoleNotAllowed", UiLanguage.Finnish), (string?)refusal["text"]);
        Assert.True(CardJson.IndexInBody(card, FieldErrors.IdFor("convenerRole")) < CardJson.IndexInBody(card, "employee"));
    }

    [Fact]
    public async Task Create_ValuePastItsLimit_IsNotSentBack()
    {
        var values = PlaygroundSubmit() with { EmployeeText = new string('x', ConveneLimits.PersonText + 1) };

        JsonObject card = ConveneCard.Create(await ModelAsync(values, [new(CaseField.Employee, CaseErrorCode.InputTooLong)]), UiLanguage.Finnish);

        Assert.Null(CardJson.ById(card, "employeeText")["value"]);
        Assert.Equal(OutsideEmail, (string?)CardJson.ById(card, "ohEmails")["value"]);
    }

    [Theory]
    [InlineData(CaseErrorCode.NotFound, "Mikko Korhonen, Jenni Mäkinen", "Tarkoititko: Mikko Korhonen, Jenni Mäkinen?")]
    [InlineData(CaseErrorCode.Ambiguous, "A (a@x.fi), B (b@x.fi)", "useita henkilöitä: A (a@x.fi), B (b@x.fi).")]
    public async Task Create_NameErrorWithDetail_ShowsTheNames(CaseErrorCode code, string detail, string shown)
    {
        JsonObject card = ConveneCard.Create(await ModelAsync(errors: [new(CaseField.Employee, code, detail)]), UiLanguage.Finnish);

        Assert.Contains(shown, (string?)CardJson.After(card, "employeeText")["text"]);
    }
}
