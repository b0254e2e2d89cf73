using System.Net;
using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Integration;

/// <summary>POST /api/messages end to end: real JWTs, the real pipeline, a recording connector.</summary>
public sealed class MessagesEndpointTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private readonly BotClient bot = new(app);

    [Fact]
    public async Task Post_HelpInPersonalChat_RepliesWithHelpCardInThatConversation()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out _);

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(app.Connector.To(activity.ConversationId()));
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal(
            $"{TyokykyApp.ServiceUrl}v3/conversations/{Uri.EscapeDataString(activity.ConversationId())}/activities/1763885702441",
            sent.Uri.AbsoluteUri);
        Assert.Equal("Bearer connector-token", sent.Authorization);
        Assert.Equal("TyökykyBotin ohjeet", sent.CardTitle);
        Assert.Equal("1763885702441", (string?)sent.Json?["replyToId"]);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("HELP")]
    [InlineData("/apua")]
    public async Task Post_HelpWordsInAnyCase_GiveHelpCard(string text)
    {
        var activity = ActivityFixtures.PersonalMessage(text).AsNewUser(out _);

        await bot.PostAsync(activity);

        Assert.Equal("TyökykyBotin ohjeet", Assert.Single(app.Connector.To(activity.ConversationId())).CardTitle);
    }

    [Fact]
    public async Task Post_HelpInChannelWithMention_RepliesInTheChannelThread()
    {
        var activity = ActivityFixtures.ChannelMessage("apua");

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(app.Connector.To(activity.ConversationId()));
        Assert.Equal(
            TyokykyApp.ServiceUrl + "v3/conversations/19%3A5f2c9a0e3b7d4c1a8e6f0b2d4a6c8e0f%40thread.tacv2%3Bmessageid%3D1763886011123/activities/1763886011123",
            sent.Uri.AbsoluteUri);
        Assert.Equal("TyökykyBotin ohjeet", sent.CardTitle);
    }

    [Fact]
    public async Task Post_HelpCard_ListsEveryCommand()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out _);

        await bot.PostAsync(activity);

        var card = Assert.Single(app.Connector.To(activity.ConversationId())).Card!.ToJsonString();
        Assert.Contains("/neuvottelu", card);
        Assert.Contains("apua", card);
        Assert.Contains("kieli fi | sv | en", card);
    }

    [Fact]
    public async Task Post_UnknownText_RepliesWithHintNotCard()
    {
        var activity = ActivityFixtures.PersonalMessage("mitä kuuluu").AsNewUser(out _);

        await bot.PostAsync(activity);

        var sent = Assert.Single(app.Connector.To(activity.ConversationId()));
        Assert.Null(sent.Card);
        Assert.Contains("apua", (string?)sent.Json?["text"]);
    }

    [Fact]
    public async Task Post_ActivityWithoutType_IsAcknowledgedAndIgnored()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out _);
        activity.Remove("type");

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Connector.To(activity.ConversationId()));
    }

    [Fact]
    public async Task Post_UnknownActivityType_Answers200()
    {
        var activity = ActivityFixtures.PersonalMessage("").AsNewUser(out _);
        activity["type"] = "somethingNew";

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(app.Connector.To(activity.ConversationId()));
    }

    [Fact]
    public async Task Post_ActivityTypeWithLineBreaks_LoggedEscapedOnOneLine()
    {
        var activity = ActivityFixtures.PersonalMessage("").AsNewUser(out _);
        activity["type"] = "forged\r\nWarning: forged\u2028line";

        await bot.PostAsync(activity);

        var line = Assert.Single(app.Logs.Lines, l => l.Contains("Ignored an activity") && l.Contains("forged"));
        Assert.Contains(@"forged\r\nWarning: forged\u2028line", line);
        Assert.DoesNotContain('\r', line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u2028', line);
    }

    [Fact]
    public async Task Post_UnknownInvokeName_Answers501()
    {
        var activity = ActivityFixtures.PersonalMessage("").AsNewUser(out _);
        activity["type"] = "invoke";
        activity["name"] = "composeExtension/query";

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Post_AdaptiveCardActionWithUnknownVerb_AnswersErrorBodyWithExactContentType()
    {
        var activity = ActivityFixtures.PersonalMessage("").AsNewUser(out _);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = JsonNode.Parse("""{"action":{"type":"Action.Execute","verb":"nope","data":{}},"trigger":"manual"}""");

        var response = await bot.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
    }

    [Fact]
    public async Task GetReadyz_DatabaseReachable_Answers200()
    {
        var response = await bot.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
