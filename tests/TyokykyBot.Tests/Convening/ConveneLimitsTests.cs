using TyokykyBot.Cases;
using TyokykyBot.Convening;
using static TyokykyBot.Tests.Convening.ConveneFixture;

namespace TyokykyBot.Tests.Convening;

public class ConveneLimitsTests
{
    [Theory]
    [InlineData("employeeText", "employee")]
    [InlineData("supervisorText", "supervisor")]
    [InlineData("ohEmails", "oh")]
    [InlineData("others", "others")]
    [InlineData("convenerRole", "convener")]
    [InlineData("windowStart", "windowStart")]
    public async Task ResolveAsync_ValuePastItsLimit_InputTooLongOnItsField(string input, string field)
    {
        var tooLong = new string('a', ConveneLimits.For(input) + 1);
        var values = input switch
        {
            "employeeText" => PlaygroundSubmit() with { EmployeeText = tooLong },
            "supervisorText" => PlaygroundSubmit() with { SupervisorText = tooLong },
            "ohEmails" => PlaygroundSubmit() with { OhEmails = tooLong },
            "others" => PlaygroundSubmit() with { Others = tooLong },
            "convenerRole" => PlaygroundSubmit() with { ConvenerRole = tooLong },
            _ => PlaygroundSubmit() with { WindowStart = tooLong },
        };

        var resolution = await ResolveAsync(values);

        Assert.Null(resolution.Request);
        Assert.Equal(new ValidationError(field, CaseErrorCode.InputTooLong), Assert.Single(resolution.Errors, e => e.Field == field));
    }

    [Fact]
    public async Task ResolveAsync_ValueAtItsLimit_IsRead()
    {
        var name = "Mikko Korhonen".PadRight(ConveneLimits.PersonText);

        var resolution = await ResolveAsync(PlaygroundSubmit() with { EmployeeText = name });

        Assert.Empty(resolution.Errors);
    }

    [Fact]
    public void Enforce_EveryInput_HasALimit()
    {
        Assert.All(ConveneFields.All, id => Assert.InRange(ConveneLimits.For(id), 10, ConveneLimits.Choices));
    }
}
