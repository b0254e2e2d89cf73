using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Localization;

/// <summary>
/// Swedish in Finland calls työkykyneuvottelu "arbetsförmågeförhandling"; where Finnish says only
/// "neuvottelu" (the neutral calendar texts among them), Swedish says "förhandling". Never "samtal"
/// or "möte" for it, so that the reader never wonders whether two words are two meetings. Teams'
/// own feature names ("Teams-möten", "mötesalternativ") are not the meeting's name.
/// </summary>
public partial class MeetingNameTests
{
    [Fact]
    public void Get_EverySwedishText_NamesTheMeetingOneWay()
    {
        var keys = Texts.Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().Select(e => (string)e.Key);

        var offending = keys.Where(key => OtherName().IsMatch(Texts.Get(key, UiLanguage.Swedish))).ToList();

        Assert.Empty(offending);
    }

    [GeneratedRegex(@"(?<!Teams-)\b(samtal\w*|möte[nt]?|mötena|sammanträde\w*)\b|förhandling(en)? om (din )?arbetsförmåga", RegexOptions.IgnoreCase)]
    private static partial Regex OtherName();
}
