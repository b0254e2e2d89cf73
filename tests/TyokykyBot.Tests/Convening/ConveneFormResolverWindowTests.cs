using TyokykyBot.Cases;
using static TyokykyBot.Tests.Convening.ConveneFixture;

namespace TyokykyBot.Tests.Convening;

/// <summary>The window against the scheduler's working calendar, and every error of one submit at once.</summary>
public class ConveneFormResolverWindowTests
{
    [Theory]
    [InlineData("2026-03-07", "2026-03-08")] // a weekend
    [InlineData("2026-04-03", "2026-04-06")] // Good Friday to Easter Monday
    [InlineData("2026-03-02", "2026-03-02")] // today: less than a working day's notice
    [InlineData("2026-12-24", "2026-12-27")] // Christmas Eve to the Sunday after
    public async Task ResolveAsync_WindowWithoutWorkingTime_WindowEndNoWorkingTime(string start, string end)
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { WindowStart = start, WindowEnd = end });

        Assert.Equal(new ValidationError(CaseField.WindowEnd, CaseErrorCode.NoWorkingTime), Assert.Single(resolution.Errors));
    }

    [Theory]
    [InlineData("2026-03-06", "120")] // one Friday, the longest meeting
    [InlineData("2026-04-02", "90")]  // Maundy Thursday is a working day
    public async Task ResolveAsync_SingleWorkingDay_Accepted(string day, string length)
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { WindowStart = day, WindowEnd = day, Length = length });

        Assert.Empty(resolution.Errors);
    }

    [Fact]
    public async Task ResolveAsync_NameEmailAndWindowErrors_AllComeBackTogether()
    {
        var values = PlaygroundSubmit() with { EmployeeText = "Mikko Korhnen", OhEmails = "laakari@terveys", WindowStart = "2026-03-20", WindowEnd = "2026-03-10" };

        var resolution = await ResolveAsync(values);

        Assert.Equal(
            new[] { (CaseField.Employee, CaseErrorCode.NotFound), (CaseField.OccupationalHealth, CaseErrorCode.InvalidEmail), (CaseField.WindowEnd, CaseErrorCode.BeforeStart) },
            resolution.Errors.Select(e => (e.Field, e.Code)).Order());
    }

    [Fact]
    public async Task ResolveAsync_UnknownRoleAndPastWindow_BothShown()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { ConvenerRole = "hr", WindowStart = "2026-02-20" });

        Assert.Contains(new ValidationError(CaseField.Convener, CaseErrorCode.RoleNotAllowed), resolution.Errors);
        Assert.Contains(new ValidationError(CaseField.WindowStart, CaseErrorCode.InPast), resolution.Errors);
    }

    [Fact]
    public async Task ResolveAsync_NoOhAndUnknownEmployee_BothShown()
    {
        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = "Maija Meikäläinen", OccupationalHealth = null, OhEmails = null });

        Assert.Contains(new ValidationError(CaseField.Employee, CaseErrorCode.NotFound), resolution.Errors);
        Assert.Contains(new ValidationError(CaseField.OccupationalHealth, CaseErrorCode.Required), resolution.Errors);
        Assert.DoesNotContain(new ValidationError(CaseField.Employee, CaseErrorCode.Required), resolution.Errors);
    }
}
