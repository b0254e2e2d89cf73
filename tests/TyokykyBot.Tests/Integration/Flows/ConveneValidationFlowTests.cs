using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Cases;
using TyokykyBot.Cards;
using TyokykyBot.Convening;
using TyokykyBot.Data;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>The convene card's checks through HTTP: all errors at once on the same card, and no case made.</summary>
public sealed class ConveneValidationFlowTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private readonly CaseFlowDriver driver = new(app);

    [Fact]
    public async Task Convene_TypoBadAddressAndWeekendWindow_EveryErrorOnTheSameCard()
    {
        var saturday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7));
        while (saturday.DayOfWeek != DayOfWeek.Saturday)
            saturday = saturday.AddDays(1);
        var data = CaseFlowDriver.ConveneData(employeeText: "Mikko Korhnen");
        data["ohEmails"] = "laakari@terveys";
        data["windowStart"] = saturday.ToString("yyyy-MM-dd");
        data["windowEnd"] = saturday.AddDays(1).ToString("yyyy-MM-dd");
        var casesBefore = await CountCasesAsync();

        var card = CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, data));

        Assert.Equal(Message(CaseField.Employee, CaseErrorCode.NotFound, "Mikko Korhonen"), Under(card, "employeeText"));
        Assert.Equal(Message(CaseField.OccupationalHealth, CaseErrorCode.InvalidEmail), Under(card, "ohEmails"));
        Assert.Equal(Message(CaseField.WindowEnd, CaseErrorCode.NoWorkingTime), Under(card, "windowEnd"));
        Assert.Equal("Mikko Korhnen", (string?)CardJson.ById(card, "employeeText")["value"]);
        Assert.Equal(casesBefore, await CountCasesAsync());
    }

    [Fact]
    public async Task Convene_SupervisorOfAnotherTeam_RefusedBesideTheRole()
    {
        var casesBefore = await CountCasesAsync();

        var card = CardJson.CardOf(await driver.ConveneAsync(TestUser.Timo, CaseFlowDriver.ConveneData()));

        Assert.Equal(Message(CaseField.Convener, CaseErrorCode.NotEmployeesSupervisor), Under(card, "convenerRole"));
        Assert.Equal(casesBefore, await CountCasesAsync());
    }

    [Fact]
    public async Task Convene_NameLongerThanItsLimit_FieldErrorAndNotSentBack()
    {
        var data = CaseFlowDriver.ConveneData(employeeText: new string('M', ConveneLimits.PersonText + 1));

        var card = CardJson.CardOf(await driver.ConveneAsync(TestUser.Aino, data));

        Assert.Equal(Message(CaseField.Employee, CaseErrorCode.InputTooLong), Under(card, "employeeText"));
        Assert.Null(CardJson.ById(card, "employeeText")["value"]);
        Assert.Equal(ConveneLimits.PersonText, (int?)CardJson.ById(card, "employeeText")["maxLength"]);
    }

    private static string? Under(System.Text.Json.Nodes.JsonObject card, string inputId) => (string?)CardJson.After(card, inputId)["text"];

    private static string Message(string field, CaseErrorCode code, string? detail = null) =>
        FieldErrors.Message(new ValidationError(field, code, detail), UiLanguage.Finnish);

    private async Task<int> CountCasesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.CountAsync();
    }
}
