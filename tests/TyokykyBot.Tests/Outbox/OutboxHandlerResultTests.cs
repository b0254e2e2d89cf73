using TyokykyBot.BotFramework.Connector;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

public sealed class OutboxHandlerResultTests
{
    [Theory]
    [InlineData(ConnectorStatus.Ok, OutboxHandlerStatus.Done)]
    [InlineData(ConnectorStatus.Throttled, OutboxHandlerStatus.Retry)]
    [InlineData(ConnectorStatus.Failed, OutboxHandlerStatus.Retry)]
    [InlineData(ConnectorStatus.Blocked, OutboxHandlerStatus.Fail)]
    [InlineData(ConnectorStatus.NotFound, OutboxHandlerStatus.Fail)]
    [InlineData(ConnectorStatus.UntrustedServiceUrl, OutboxHandlerStatus.Fail)]
    public void From_ConnectorStatus_MapsToOutcome(ConnectorStatus status, OutboxHandlerStatus expected)
    {
        var result = OutboxHandlerResult.From(new ConnectorResult(status, null, "corr", null));

        Assert.Equal(expected, result.Status);
    }

    [Fact]
    public void From_ErrorCodeInBody_KeptInReason()
    {
        var result = OutboxHandlerResult.From(new ConnectorResult(ConnectorStatus.Blocked, 403, "corr", "ConversationBlockedByUser"));

        Assert.Equal("Blocked:ConversationBlockedByUser", result.Reason);
    }

    [Fact]
    public void From_ThrottledWithRetryAfter_RetriedNoSooner()
    {
        var result = OutboxHandlerResult.From(new ConnectorResult(ConnectorStatus.Throttled, 429, "corr", null, TimeSpan.FromSeconds(42)));

        Assert.Equal(OutboxHandlerStatus.Retry, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(42), result.RetryAfter);
    }

    [Fact]
    public void From_ThrottledWithoutRetryAfter_LeftToTheBackoff()
    {
        Assert.Null(OutboxHandlerResult.From(new ConnectorResult(ConnectorStatus.Throttled, 429, "corr", null)).RetryAfter);
    }

    [Fact]
    public void Retry_NegativeRetryAfter_Zero()
    {
        Assert.Equal(TimeSpan.Zero, OutboxHandlerResult.Retry("Throttled", TimeSpan.FromSeconds(-5)).RetryAfter);
    }
}
