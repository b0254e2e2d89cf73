using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

public class LocalizedTextTests
{
    private static readonly LocalizedText Text = new() { Fi = "Työntekijä", Sv = "Arbetstagare", En = "Employee" };

    [Theory]
    [InlineData("fi", "Työntekijä")]
    [InlineData("sv", "Arbetstagare")]
    [InlineData("sv-FI", "Arbetstagare")]
    [InlineData("EN", "Employee")]
    public void Get_KnownLanguage_ReturnsThatText(string code, string expected)
    {
        Assert.Equal(expected, Text.Get(code));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData(null)]
    public void Get_UnknownLanguage_FallsBackToFinnish(string? code)
    {
        Assert.Equal("Työntekijä", Text.Get(code));
    }

    [Fact]
    public void Get_BlankTranslation_FallsBackToFinnish()
    {
        Assert.Equal("Työntekijä", (Text with { En = " " }).Get("en"));
    }

    [Fact]
    public void MissingLanguages_BlankSwedishAndEnglish_ListsBoth()
    {
        Assert.Equal(["sv", "en"], (Text with { Sv = "", En = " " }).MissingLanguages());
    }
}
