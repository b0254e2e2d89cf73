using System.Collections;
using System.Globalization;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Localization;

public class UiLanguageTests
{
    [Theory]
    [InlineData("fi-FI", "fi")]
    [InlineData("fi", "fi")]
    [InlineData("sv-FI", "sv")]
    [InlineData("sv-SE", "sv")]
    public void FromClientLocale_FinnishOrSwedish_Follows(string locale, string expected)
    {
        Assert.Equal(expected, UiLanguage.FromClientLocale(locale)?.Code);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    [InlineData("")]
    [InlineData(null)]
    public void FromClientLocale_OtherLocale_DoesNotDecide(string? locale)
    {
        Assert.Null(UiLanguage.FromClientLocale(locale));
    }

    [Theory]
    [InlineData("sv", "sv")]
    [InlineData("Svenska", "sv")]
    [InlineData(" EN ", "en")]
    [InlineData("suomi", "fi")]
    public void Parse_KnownName_ReturnsLanguage(string text, string expected)
    {
        Assert.Equal(expected, UiLanguage.Parse(text)?.Code);
    }

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Texts_Translation_HasExactlyTheFinnishKeys(string code)
    {
        var finnish = Keys(CultureInfo.InvariantCulture);
        var translated = Keys(CultureInfo.GetCultureInfo(code));

        Assert.NotEmpty(finnish);
        Assert.Equal(finnish, translated);
    }

    [Fact]
    public void Texts_HelpTitle_IsFinnishByDefault()
    {
        Assert.Equal("TyökykyBotin ohjeet", Texts.Get("Help.Title", UiLanguage.Finnish));
    }

    private static SortedSet<string> Keys(CultureInfo culture)
    {
        var set = Texts.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        return [.. set.Cast<DictionaryEntry>().Select(e => (string)e.Key)];
    }
}
