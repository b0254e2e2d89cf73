using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;
using TyokykyBot.Testing;

namespace TyokykyBot.Tests.Integration;

/// <summary>With MicrosoftAppId set, nothing unauthenticated reaches a handler.</summary>
public sealed class AuthenticationTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private static readonly TestSigningKey Unpublished = new("forger-key", ["msteams"]);
    private readonly BotClient bot = new(app);

    [Fact]
    public async Task Post_NoToken_Is401AndReachesNoHandler()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out var aad);

        var response = await bot.PostRawAsync(activity.ToJsonString(), token: null);

        await AssertRefusedUntouched(response, activity.ConversationId(), aad);
    }

    [Fact]
    public async Task Post_TokenSignedByUnknownKey_Is401()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out var aad);
        var forged = app.Issuer.Sign(app.Issuer.ChannelToken(TyokykyApp.AppId, TyokykyApp.ServiceUrl) with { SigningKey = Unpublished });

        var response = await bot.PostAsync(activity, forged);

        await AssertRefusedUntouched(response, activity.ConversationId(), aad);
    }

    [Fact]
    public async Task Post_TokenForAnotherServiceUrl_Is401()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out var aad);
        var token = app.Issuer.CreateChannelToken(TyokykyApp.AppId, "https://smba.trafficmanager.net/amer/elsewhere/");

        var response = await bot.PostAsync(activity, token);

        await AssertRefusedUntouched(response, activity.ConversationId(), aad);
    }

    [Fact]
    public async Task Post_TokenForAnotherBot_Is401()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out var aad);
        var token = app.Issuer.CreateChannelToken("0d5c1a2b-aaaa-bbbb-cccc-111122223333", TyokykyApp.ServiceUrl);

        var response = await bot.PostAsync(activity, token);

        await AssertRefusedUntouched(response, activity.ConversationId(), aad);
    }

    [Fact]
    public async Task Post_TamperedPayload_Is401()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out var aad);
        var token = TestIssuer.TamperPayload(app.Issuer.CreateChannelToken(TyokykyApp.AppId, TyokykyApp.ServiceUrl), "aud", "someone-else");

        var response = await bot.PostAsync(activity, token);

        await AssertRefusedUntouched(response, activity.ConversationId(), aad);
    }

    [Fact]
    public async Task Post_NotJsonWithoutToken_Is401BeforeTheBodyIsRead()
    {
        var response = await bot.PostRawAsync("this is not json", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"message\",\"from\":5}")]
    [InlineData("")]
    public async Task Post_BadBodyWithValidToken_Is400(string body)
    {
        var token = app.Issuer.CreateChannelToken(TyokykyApp.AppId, TyokykyApp.ServiceUrl);

        var response = await bot.PostRawAsync(body, token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_EntraTokenOfThisApp_IsAccepted()
    {
        var activity = ActivityFixtures.PersonalMessage("apua").AsNewUser(out _);
        var token = app.Issuer.CreateEntraToken(TyokykyApp.AppId, TyokykyApp.TenantId);

        var response = await bot.PostAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Connector.To(activity.ConversationId()));
    }

    private async Task AssertRefusedUntouched(HttpResponseMessage response, string conversationId, string aadObjectId)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Empty(app.Connector.To(conversationId));
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        Assert.False(await db.PersonalConversations.AnyAsync(p => p.AadObjectId == aadObjectId));
    }
}
