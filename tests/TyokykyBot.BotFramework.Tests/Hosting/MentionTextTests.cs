using TyokykyBot.BotFramework.Hosting;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Tests.Hosting;

public class MentionTextTests
{
    private static readonly ChannelAccount Bot = new() { Id = "28:bot", Name = "TyökykyBot" };

    private static Activity Message(string text, params Entity[] entities) =>
        new() { Type = ActivityTypes.Message, Text = text, Recipient = Bot, Entities = entities };

    [Fact]
    public void RemoveRecipientMention_BotMentioned_RemovesEntityText()
    {
        var activity = Message("<at>TyökykyBot</at> apua",
            new Entity { Type = "mention", Mentioned = Bot, Text = "<at>TyökykyBot</at>" });

        Assert.Equal("apua", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_EntityTextDiffersInCase_RemovesIt()
    {
        var activity = Message("<AT>@TyökykyBot</AT>  Neuvottelu ",
            new Entity { Type = "mention", Mentioned = Bot, Text = "<at>@TyökykyBot</at>" });

        Assert.Equal("Neuvottelu", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_EntityWithoutText_RemovesAtName()
    {
        var activity = Message("apua <at>TyökykyBot</at>", new Entity { Type = "mention", Mentioned = Bot });

        Assert.Equal("apua", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_OtherUserMentioned_KeepsTheirMention()
    {
        var activity = Message("<at>TyökykyBot</at> kysy <at>Maija</at>",
            new Entity { Type = "mention", Mentioned = Bot, Text = "<at>TyökykyBot</at>" },
            new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = "29:maija", Name = "Maija" }, Text = "<at>Maija</at>" });

        Assert.Equal("kysy <at>Maija</at>", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_NoEntities_TrimsText()
    {
        Assert.Equal("apua", MentionText.RemoveRecipientMention(Message("  apua  ")));
    }
}
