using System.Net;
using Microsoft.Extensions.Logging;
using TyokykyBot.Testing;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotTokenValidatorMetadataTests
{
    private readonly TokenTestBed bed = new();

    private int JwksFetches => bed.Metadata.RequestCount(TokenTestBed.ChannelJwksUrl);

    [Fact]
    public async Task ValidateAsync_SeveralTokens_FetchesMetadataOnce()
    {
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        bed.Time.Advance(TimeSpan.FromHours(1));
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Equal(1, bed.Metadata.RequestCount(TokenTestBed.ChannelMetadataUrl));
        Assert.Equal(1, JwksFetches);
    }

    [Fact]
    public async Task ValidateAsync_ConcurrentFirstRequests_FetchOnce()
    {
        var tokens = Enumerable.Range(0, 16).Select(_ => bed.Channel.Sign(bed.ChannelToken())).ToArray();

        var results = await Task.WhenAll(tokens.Select(bed.ValidateAsync));

        Assert.All(results, result => Assert.True(result.IsValid, result.FailureReason));
        Assert.Equal(1, JwksFetches);
    }

    [Fact]
    public async Task ValidateAsync_UnknownKid_Refused()
    {
        var unpublished = new TestSigningKey("never-published", ["msteams"]);

        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { SigningKey = unpublished }));

        Assert.False(result.IsValid);
        Assert.Equal("unknown signing key", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_KidPublishedAfterCaching_PassesAfterRefresh()
    {
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        bed.Time.Advance(TimeSpan.FromHours(3));
        var rotated = bed.Channel.Publish(new TestSigningKey("channel-key-2", ["msteams"]));

        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { SigningKey = rotated }));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.True(result.Authorizes("msteams", TokenTestBed.ServiceUrl));
        Assert.Equal(2, JwksFetches);
    }

    [Fact]
    public async Task ValidateAsync_KidPublishedWithinRefreshInterval_RefusedUntilIntervalPasses()
    {
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        var rotated = bed.Channel.Publish(new TestSigningKey("channel-key-2", ["msteams"]));
        bed.Time.Advance(TimeSpan.FromMinutes(4));

        var early = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { SigningKey = rotated }));
        bed.Time.Advance(TimeSpan.FromMinutes(1));
        var later = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { SigningKey = rotated }));

        Assert.False(early.IsValid);
        Assert.True(later.IsValid, later.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_ManyGarbageKids_RefreshAtMostOncePerInterval()
    {
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        bed.Time.Advance(TimeSpan.FromMinutes(10));

        for (var i = 0; i < 20; i++)
        {
            var garbage = new TestSigningKey($"garbage-{i}", ["msteams"]);
            Assert.False((await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { SigningKey = garbage }))).IsValid);
            bed.Time.Advance(TimeSpan.FromSeconds(10));
        }

        Assert.Equal(2, JwksFetches);
    }

    [Fact]
    public async Task ValidateAsync_DailyIntervalPassed_RefetchesKeys()
    {
        var first = bed.Channel.DefaultKey;
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        bed.Channel.Unpublish(first);
        bed.Channel.Publish(new TestSigningKey("channel-key-2", ["msteams"]));

        bed.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        var beforeRefresh = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        bed.Time.Advance(TimeSpan.FromMinutes(1));
        var afterRefresh = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.True(beforeRefresh.IsValid, beforeRefresh.FailureReason);
        Assert.False(afterRefresh.IsValid);
        Assert.Equal(2, JwksFetches);
    }

    [Fact]
    public async Task ValidateAsync_MetadataEndpointDown_RefusedThenRecoversAfterRefreshInterval()
    {
        bed.Metadata.FailWith = HttpStatusCode.InternalServerError;
        var down = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        var attempts = bed.Metadata.Requests.Count;
        bed.Metadata.FailWith = null;

        var backingOff = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        var requestsWhileBackingOff = bed.Metadata.Requests.Count - attempts;
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        var recovered = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.Equal("signing keys are unavailable", down.FailureReason);
        Assert.False(backingOff.IsValid);
        Assert.Equal(0, requestsWhileBackingOff);
        Assert.True(recovered.IsValid, recovered.FailureReason);
        Assert.Contains(bed.Logs.Records, entry => entry.Level == LogLevel.Warning && entry.Text().Contains("metadata fetch"));
    }

    [Fact]
    public async Task ValidateAsync_DailyRefreshFails_KeepsCachedKeys()
    {
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));
        bed.Metadata.FailWith = HttpStatusCode.ServiceUnavailable;
        bed.Time.Advance(TimeSpan.FromHours(25));

        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.True(JwksFetches >= 1);
        Assert.True(bed.Metadata.RequestCount(TokenTestBed.ChannelMetadataUrl) >= 2);
    }

    [Fact]
    public async Task ValidateAsync_LoopbackHttpMetadata_Fetched()
    {
        const string metadataUrl = "http://127.0.0.1:5999/v1/.well-known/openidconfiguration";
        const string jwksUrl = "http://localhost:5999/v1/.well-known/keys";
        var local = new TokenTestBed(options => options.ChannelOpenIdMetadataUrl = metadataUrl);
        local.Metadata.ServeIssuer(local.Channel, metadataUrl, jwksUrl);

        var result = await local.ValidateAsync(local.Channel.Sign(local.ChannelToken()));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Equal(1, local.Metadata.RequestCount(jwksUrl));
    }

    [Fact]
    public async Task ValidateAsync_PlainHttpMetadataOffLoopback_RefusedWithoutRequest()
    {
        const string metadataUrl = "http://login.botframework.test/v1/.well-known/openidconfiguration";
        var plain = new TokenTestBed(options => options.ChannelOpenIdMetadataUrl = metadataUrl);
        plain.Metadata.ServeIssuer(plain.Channel, metadataUrl, TokenTestBed.ChannelJwksUrl);

        var result = await plain.ValidateAsync(plain.Channel.Sign(plain.ChannelToken()));

        Assert.False(result.IsValid);
        Assert.Empty(plain.Metadata.Requests);
    }

    [Fact]
    public async Task ValidateAsync_PlainHttpJwksUriOffLoopback_RefusedWithoutFetchingKeys()
    {
        const string jwksUrl = "http://login.botframework.test/v1/.well-known/keys";
        bed.Metadata.ServeIssuer(bed.Channel, TokenTestBed.ChannelMetadataUrl, jwksUrl);

        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.False(result.IsValid);
        Assert.Equal(0, bed.Metadata.RequestCount(jwksUrl));
    }
}
