using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Localization;

public class HandlerStringsTests
{
    public static TheoryData<string> HandlerKeys() =>
    [
        "Convene.ChannelNeutral", "Convene.DeliveryBlocked", "Convene.DeliveryNotFound",
        "Consent.NotYours", "Case.NotFound", "Case.InvalidState",
    ];

    [Theory]
    [MemberData(nameof(HandlerKeys))]
    public void Get_HandlerKey_IsTranslatedIntoEachLanguage(string key)
    {
        var texts = UiLanguage.All.Select(l => Texts.Get(key, l)).ToList();

        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t)));
        Assert.Equal(3, texts.Distinct().Count());
    }

    [Theory]
    [InlineData("Convene.ChannelNeutral")]
    [InlineData("Consent.NotYours")]
    public void Get_LinesSeenByOthers_NameNoCaseDetail(string key)
    {
        Assert.All(UiLanguage.All, l => Assert.DoesNotContain("{", Texts.Get(key, l)));
    }
}
