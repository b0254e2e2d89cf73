using TyokykyBot.Localization;

namespace TyokykyBot.Tests.Localization;

/// <summary>Replies sent as plain text (textFormat "plain") show Markdown literally, so they carry none.</summary>
public class PlainTextStringsTests
{
    public static TheoryData<string> PlainTextKeys() =>
    [
        "Convene.ChannelNeutral", "Convene.DeliveryBlocked", "Convene.DeliveryNotFound",
        "Meeting.NoSlot", "Meeting.NoSlotAtAll", "Meeting.NoJoinLink", "Meeting.OutsidersNeedTopics",
        "Meeting.MailboxNotFound", "Meeting.CalendarForbidden",
        "Unknown.Command", "Language.Usage", "Language.Changed",
    ];

    [Theory]
    [MemberData(nameof(PlainTextKeys))]
    public void Get_PlainTextReply_HasNoMarkdown(string key)
    {
        Assert.All(UiLanguage.All, l => Assert.DoesNotContain("*", Texts.Get(key, l)));
    }

    [Fact]
    public void Get_NoSlotAtAll_IsASentenceWithoutAList()
    {
        Assert.All(UiLanguage.All, l => Assert.DoesNotContain("{0}", Texts.Get("Meeting.NoSlotAtAll", l)));
    }
}
