using System.Net;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientOperationTests : IDisposable
{
    private const string Base = "https://smba.trafficmanager.net/amer/tenant-1/";
    private static readonly Activity Message = new() { Type = "message", Text = "Hei" };

    private readonly ConnectorTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task ReplyToActivityAsync_IdsWithColonSemicolonEquals_PostsEscapedUrlAndCamelCaseBody()
    {
        _host.Handler.Respond(HttpStatusCode.OK, """{"id":"reply-1"}""");

        var result = await _host.Client.ReplyToActivityAsync(Base, "a:1;messageid=2", "1:2", Message);

        var request = Assert.Single(_host.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Base + "v3/conversations/a%3A1%3Bmessageid%3D2/activities/1%3A2", request.Url);
        Assert.Equal("""{"type":"message","text":"Hei"}""", request.Body);
        Assert.Equal("application/json", request.ContentType);
        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Equal("reply-1", result.Value?.Id);
        Assert.Equal(200, result.HttpStatus);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/tenant-1/")]
    [InlineData("https://smba.trafficmanager.net/amer/tenant-1")]
    public async Task SendToConversationAsync_ServiceUrlWithOrWithoutSlash_KeepsServicePath(string serviceUrl)
    {
        _host.Handler.Respond(HttpStatusCode.Created, """{"id":"m-1"}""");

        var result = await _host.Client.SendToConversationAsync(serviceUrl, "19:abc@thread.tacv2", Message);

        var request = Assert.Single(_host.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal(Base + "v3/conversations/19%3Aabc%40thread.tacv2/activities", request.Url);
        Assert.Equal("""{"type":"message","text":"Hei"}""", request.Body);
        Assert.Equal("m-1", result.Value?.Id);
    }

    [Fact]
    public async Task UpdateActivityAsync_Always_PutsActivityToActivityUrl()
    {
        var update = Message with { Id = "1:2" };

        var result = await _host.Client.UpdateActivityAsync(Base, "a:1", "1:2", update);

        var request = Assert.Single(_host.Handler.Requests);
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal(Base + "v3/conversations/a%3A1/activities/1%3A2", request.Url);
        Assert.Equal("""{"type":"message","id":"1:2","text":"Hei"}""", request.Body);
        Assert.Equal(ConnectorStatus.Ok, result.Status);
    }

    [Fact]
    public async Task DeleteActivityAsync_Always_SendsDeleteWithoutBody()
    {
        var result = await _host.Client.DeleteActivityAsync(Base, "a:1", "1:2");

        var request = Assert.Single(_host.Handler.Requests);
        Assert.Equal(HttpMethod.Delete, request.Method);
        Assert.Equal(Base + "v3/conversations/a%3A1/activities/1%3A2", request.Url);
        Assert.Null(request.Body);
        Assert.True(result.IsOk);
    }

    [Fact]
    public async Task CreateConversationAsync_OneOnOne_PostsParametersAndReturnsConversationId()
    {
        _host.Handler.Respond(HttpStatusCode.Created, """{"id":"a:new-chat"}""");
        var parameters = new ConversationParameters
        {
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "tenant-1",
        };

        var result = await _host.Client.CreateConversationAsync("https://smba.trafficmanager.net/teams/", parameters);

        var request = Assert.Single(_host.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://smba.trafficmanager.net/teams/v3/conversations", request.Url);
        Assert.Equal("""{"isGroup":false,"bot":{"id":"28:bot"},"members":[{"id":"29:user"}],"tenantId":"tenant-1"}""", request.Body);
        Assert.Equal(201, result.HttpStatus);
        Assert.Equal("a:new-chat", result.Value?.Id);
        Assert.Null(result.Value?.ActivityId);
    }

    [Fact]
    public async Task GetMemberAsync_UserId_GetsEscapedMemberUrlAndReadsAccount()
    {
        _host.Handler.Respond(HttpStatusCode.OK, """{"id":"29:1abc","name":"Maija","aadObjectId":"oid-1","email":"m@example.fi"}""");

        var result = await _host.Client.GetMemberAsync(Base, "a:1", "29:1abc");

        var request = Assert.Single(_host.Handler.Requests);
        Assert.Equal(HttpMethod.Get, request.Method);
        Assert.Equal(Base + "v3/conversations/a%3A1/members/29%3A1abc", request.Url);
        Assert.Null(request.Body);
        Assert.Equal("oid-1", result.Value?.AadObjectId);
        Assert.True(result.Value?.Properties?.ContainsKey("email"));
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectorSendsCorrelationHeader_ResultCarriesIt()
    {
        _host.Handler.Respond(HttpStatusCode.OK, """{"id":"m"}""", r => r.Headers.Add("MS-CV", "cv-42"));

        var result = await _host.Client.SendToConversationAsync(Base, "a:1", Message);

        Assert.Equal("cv-42", result.CorrelationId);
    }
}
