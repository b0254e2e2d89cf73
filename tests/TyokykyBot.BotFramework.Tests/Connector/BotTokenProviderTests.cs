using Azure.Core;
using Microsoft.Extensions.Time.Testing;
using Moq;
using TyokykyBot.BotFramework.Connector;

namespace TyokykyBot.BotFramework.Tests.Connector;

public sealed class BotTokenProviderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly Mock<TokenCredential> _credential = new();

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallersWhileFetching_FetchesOnce()
    {
        var pending = new TaskCompletionSource<AccessToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        _credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .Returns(() => new ValueTask<AccessToken>(pending.Task));
        var provider = new BotTokenProvider(_credential.Object, _time);

        var callers = Enumerable.Range(0, 8).Select(_ => provider.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        pending.SetResult(new AccessToken("shared", _time.GetUtcNow().AddHours(1)));
        var tokens = await Task.WhenAll(callers);

        Assert.All(tokens, t => Assert.Equal("shared", t));
        _credential.Verify(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()), Times.Once());
    }

    [Fact]
    public async Task GetTokenAsync_WithinRefreshMarginOfExpiry_FetchesAgain()
    {
        var issued = 0;
        _credential
            .Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .Returns(() => new ValueTask<AccessToken>(new AccessToken($"t{++issued}", _time.GetUtcNow().AddMinutes(60))));
        var provider = new BotTokenProvider(_credential.Object, _time);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(54));
        var stillCached = await provider.GetTokenAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("t1", first);
        Assert.Equal("t1", stillCached);
        Assert.Equal("t2", renewed);
    }

    [Fact]
    public async Task GetTokenAsync_NoCredential_ReturnsNull()
    {
        var provider = new BotTokenProvider(null, _time);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GetTokenAsync_FetchFails_NextCallTriesAgain()
    {
        _credential
            .SetupSequence(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InvalidOperationException("down"))
            .ReturnsAsync(new AccessToken("ok", _time.GetUtcNow().AddHours(1)));
        var provider = new BotTokenProvider(_credential.Object, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => provider.GetTokenAsync(CancellationToken.None).AsTask());

        Assert.Equal("ok", await provider.GetTokenAsync(CancellationToken.None));
    }
}
