using System.Collections;
using System.Globalization;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Localization;

public class TextsTests
{
    public static TheoryData<string> Cultures() => ["fi-FI", "sv-FI", "sv-SE", "en-GB", "en-US", "de-DE"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Get_EveryKey_MatchesResourceManager(string name)
    {
        var culture = CultureInfo.GetCultureInfo(name);
        var language = new UiLanguage(culture.TwoLetterISOLanguageName, culture);

        Assert.All(NeutralKeys(), key => Assert.Equal(Texts.Resources.GetString(key, culture), Texts.Get(key, language)));
    }

    [Fact]
    public void Get_CultureWithoutTranslation_FallsBackToFinnish()
    {
        var german = new UiLanguage("de", CultureInfo.GetCultureInfo("de-DE"));

        Assert.Equal("TyökykyBotin ohjeet", Texts.Get("Help.Title", german));
    }

    [Fact]
    public void Get_RegionalCulture_UsesItsParentLanguage()
    {
        var sweden = new UiLanguage("sv", CultureInfo.GetCultureInfo("sv-SE"));

        Assert.Equal(Texts.Get("Help.Title", UiLanguage.Swedish), Texts.Get("Help.Title", sweden));
        Assert.NotEqual(Texts.Get("Help.Title", UiLanguage.Finnish), Texts.Get("Help.Title", sweden));
    }

    [Fact]
    public void Get_MissingKey_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Texts.Get("No.Such.Key", UiLanguage.English));

        Assert.Equal("UI string 'No.Such.Key' is missing from Strings.resx.", error.Message);
    }

    private static List<string> NeutralKeys() =>
        [.. Texts.Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key)];
}
