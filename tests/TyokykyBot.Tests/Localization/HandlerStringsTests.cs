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

    /// <summary>Sent as plain text (a message, a notice, an invoke's error), where Markdown would show as asterisks.</summary>
    [Theory]
    [InlineData("Language.Usage")]
    [InlineData("Language.Changed")]
    [InlineData("Unknown.Command")]
    [InlineData("Convene.ChannelNeutral")]
    [InlineData("Convene.DeliveryBlocked")]
    [InlineData("Convene.DeliveryNotFound")]
    [InlineData("Meeting.NoJoinLink")]
    [InlineData("Meeting.NoSlot")]
    [InlineData("Meeting.OutsidersNeedTopics")]
    [InlineData("Meeting.MailboxNotFound")]
    [InlineData("Meeting.CalendarForbidden")]
    [InlineData("Meeting.PrivacyNotPermitted")]
    public void Get_PlainTextReply_HasNoMarkdown(string key)
    {
        Assert.All(UiLanguage.All, l => Assert.DoesNotMatch(@"\*|__|`|\[[^\]]*\]\(", Texts.Get(key, l)));
    }

    [Theory]
    [InlineData("Convene.ChannelNeutral")]
    [InlineData("Consent.NotYours")]
    public void Get_LinesSeenByOthers_NameNoCaseDetail(string key)
    {
        Assert.All(UiLanguage.All, l => Assert.DoesNotContain("{", Texts.Get(key, l)));
    }
}
