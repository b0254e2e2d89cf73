using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class ConveneScheduleTests
{
    [Fact]
    public void Convene_NoLengthGiven_NinetyMinutes()
    {
        Assert.Equal(90, Convened().LengthMinutes);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(120)]
    public void Convene_AllowedLength_Kept(int minutes)
    {
        Assert.Equal(minutes, Case.Convene(Request() with { LengthMinutes = minutes }, CaseId, Now).Case!.LengthMinutes);
    }

    [Theory]
    [InlineData(30)]
    [InlineData(45)]
    [InlineData(180)]
    public void Convene_OtherLength_LengthNotAllowed(int minutes)
    {
        var result = Case.Convene(Request() with { LengthMinutes = minutes }, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.Length, CaseErrorCode.LengthNotAllowed)], result.Errors);
    }

    [Fact]
    public void Convene_WindowMissing_RequiredOnBothFields()
    {
        var result = Case.Convene(Request() with { WindowStart = null, WindowEnd = null }, CaseId, Now);

        Assert.Equal(
            [new ValidationError(CaseField.WindowStart, CaseErrorCode.Required), new ValidationError(CaseField.WindowEnd, CaseErrorCode.Required)],
            result.Errors);
    }

    [Fact]
    public void Convene_StartYesterday_InPast()
    {
        var result = Case.Convene(Request() with { WindowStart = Today.AddDays(-1) }, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.WindowStart, CaseErrorCode.InPast)], result.Errors);
    }

    [Fact]
    public void Convene_StartToday_Succeeds()
    {
        Assert.True(Case.Convene(Request() with { WindowStart = Today, WindowEnd = Today }, CaseId, Now).Succeeded);
    }

    [Fact]
    public void Convene_EndBeforeStart_BeforeStart()
    {
        var result = Case.Convene(Request() with { WindowStart = Today.AddDays(10), WindowEnd = Today.AddDays(9) }, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.WindowEnd, CaseErrorCode.BeforeStart)], result.Errors);
    }

    [Fact]
    public void Convene_WindowOfSixtyDays_Succeeds()
    {
        var request = Request() with { WindowStart = Today.AddDays(1), WindowEnd = Today.AddDays(1 + ConveneRules.MaxWindowDays) };

        Assert.True(Case.Convene(request, CaseId, Now).Succeeded);
    }

    [Fact]
    public void Convene_WindowOfSixtyOneDays_TooLong()
    {
        var request = Request() with { WindowStart = Today.AddDays(1), WindowEnd = Today.AddDays(2 + ConveneRules.MaxWindowDays) };

        var result = Case.Convene(request, CaseId, Now);

        Assert.Equal([new ValidationError(CaseField.WindowEnd, CaseErrorCode.TooLong)], result.Errors);
    }

    [Fact]
    public void Convene_UndefinedKindAndMode_InvalidValue()
    {
        var result = Case.Convene(Request() with { Kind = (MeetingKind)7, Mode = (MeetingMode)7 }, CaseId, Now);

        Assert.Equal(
            [new ValidationError(CaseField.Kind, CaseErrorCode.InvalidValue), new ValidationError(CaseField.Mode, CaseErrorCode.InvalidValue)],
            result.Errors);
    }

    [Fact]
    public void Convene_Succeeds_KeepsKindWindowAndMode()
    {
        var request = Request() with { Kind = MeetingKind.FollowUp, Mode = MeetingMode.OnSite };

        var c = Case.Convene(request, CaseId, Now).Case!;

        Assert.Equal((MeetingKind.FollowUp, MeetingMode.OnSite, Today.AddDays(7), Today.AddDays(25), Now),
            (c.Kind, c.Mode, c.WindowStart, c.WindowEnd, c.ConvenedAt));
    }

    [Fact]
    public void Convene_SeveralErrors_AllReportedTogether()
    {
        var result = Case.Convene(Request() with { Employee = null, LengthMinutes = 10, WindowStart = Today.AddDays(-3) }, CaseId, Now);

        Assert.Equal([CaseField.Employee, CaseField.Length, CaseField.WindowStart], result.Errors.Select(e => e.Field));
    }
}
