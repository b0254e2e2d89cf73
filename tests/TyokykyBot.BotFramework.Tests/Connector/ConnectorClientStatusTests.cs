using System.Net;
using Azure.Core;
using Moq;
using TyokykyBot.BotFramework.Connector;
using TyokykyBot.BotFramework.Schema;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientStatusTests : IDisposable
{
    private static readonly Activity Message = new() { Type = "message", Text = "Hei" };

    private readonly ConnectorTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task SendToConversationAsync_403MessageWritesBlocked_ReturnsBlockedWithoutRetry()
    {
        _host.Handler.Respond(
            HttpStatusCode.Forbidden,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""",
            r => r.Headers.Add("X-Correlating-OperationId", "op-1"));

        var result = await _host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        Assert.Equal(ConnectorStatus.Blocked, result.Status);
        Assert.Equal(403, result.HttpStatus);
        Assert.Equal("ConversationBlockedByUser", result.ErrorCode);
        Assert.Equal("op-1", result.CorrelationId);
        Assert.Null(result.Value);
        Assert.Single(_host.Handler.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ErrorCodeWithLineBreaks_LoggedEscapedOnOneLine()
    {
        _host.Handler.Respond(HttpStatusCode.Forbidden, """{"error":{"code":"Blocked\r\nInformation: forged\u2028line"}}""");

        await _host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        var line = Assert.Single(_host.Logs.Records, entry => entry.Text().Contains("forged")).Text();
        Assert.Contains(@"Blocked\r\nInformation: forged\u2028line", line);
        Assert.DoesNotContain('\r', line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u2028', line);
    }

    [Fact]
    public async Task SendToConversationAsync_404_ReturnsNotFoundWithoutRetry()
    {
        _host.Handler.Respond(HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound"}}""");

        var result = await _host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:gone", Message);

        Assert.Equal(ConnectorStatus.NotFound, result.Status);
        Assert.Single(_host.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task SendToConversationAsync_ClientError_ReturnsFailedWithoutRetry(HttpStatusCode status)
    {
        _host.Handler.Respond(status, """{"error":{"code":"BadSyntax"}}""");

        var result = await _host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        Assert.Equal(ConnectorStatus.Failed, result.Status);
        Assert.Equal((int)status, result.HttpStatus);
        Assert.Single(_host.Handler.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_SuccessWithUnreadableBody_ReturnsOkWithoutValue()
    {
        _host.Handler.Respond(HttpStatusCode.OK, "not json");

        var result = await _host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectionLost_ReturnsFailedAndDoesNotResendPost()
    {
        _host.Handler.Throw(new HttpRequestException("connection reset"));

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.Equal(ConnectorStatus.Failed, result.Status);
        Assert.Null(result.HttpStatus);
        Assert.Single(_host.Handler.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectorNeverAnswers_FailsAfterAttemptTimeoutWithoutResend()
    {
        _host.Handler.Hang();

        var result = await _host.DriveAsync(_host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message));

        Assert.Equal(ConnectorStatus.Failed, result.Status);
        Assert.Single(_host.Handler.Requests);
        Assert.InRange(_host.Time.GetUtcNow() - _host.Handler.Requests[0].At, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task GetMemberAsync_ConnectorNeverAnswersOnce_RetriesAfterAttemptTimeout()
    {
        _host.Handler.Hang().Respond(HttpStatusCode.OK, """{"id":"29:u"}""");

        var result = await _host.DriveAsync(_host.Client.GetMemberAsync(ConnectorTestHost.ServiceUrl, "a:1", "29:u"));

        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Equal(2, _host.Handler.Requests.Count);
    }

    [Fact]
    public async Task GetMemberAsync_ConnectionLostOnce_RetriesIdempotentGet()
    {
        _host.Handler.Throw(new HttpRequestException("connection reset")).Respond(HttpStatusCode.OK, """{"id":"29:u"}""");

        var result = await _host.DriveAsync(_host.Client.GetMemberAsync(ConnectorTestHost.ServiceUrl, "a:1", "29:u"));

        Assert.Equal(ConnectorStatus.Ok, result.Status);
        Assert.Equal(2, _host.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_CredentialThrows_ReturnsFailedAndSendsNothing()
    {
        _host.Credential.Reset();
        _host.Credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("no token"));

        var result = await _host.Client.SendToConversationAsync(ConnectorTestHost.ServiceUrl, "a:1", Message);

        Assert.Equal(ConnectorStatus.Failed, result.Status);
        Assert.Empty(_host.Handler.Requests);
    }
}
