using TyokykyBot.BotFramework.Authentication;
using TyokykyBot.Testing;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotTokenValidationResultTests
{
    private readonly TokenTestBed bed = new();

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/7a1b2c3d-2222-4e5f-8a9b-abcdefabcdef/")]
    [InlineData("https://smba.trafficmanager.net/emea/7a1b2c3d-2222-4e5f-8a9b-abcdefabcdef")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/EMEA/7a1b2c3d-2222-4e5f-8a9b-abcdefabcdef/")]
    public async Task Authorizes_SameServiceUrlIgnoringCaseAndTrailingSlash_True(string activityServiceUrl)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.True(result.Authorizes("msteams", activityServiceUrl));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/7a1b2c3d-2222-4e5f-8a9b-abcdefabcdef/")]
    [InlineData("https://evil.example/emea/7a1b2c3d-2222-4e5f-8a9b-abcdefabcdef/")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Authorizes_DifferentServiceUrl_False(string? activityServiceUrl)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.False(result.Authorizes("msteams", activityServiceUrl, out var reason));
        Assert.Equal("serviceurl claim does not match the activity", reason);
    }

    [Fact]
    public async Task Authorizes_ServiceUrlClaimMissing_False()
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken().WithoutClaim("serviceurl")));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.False(result.Authorizes("msteams", TokenTestBed.ServiceUrl, out var reason));
        Assert.Equal("token has no serviceurl claim", reason);
    }

    [Theory]
    [InlineData("webchat", true)]
    [InlineData("msteams", true)]
    [InlineData("MSTEAMS", false)]
    [InlineData("directline", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public async Task Authorizes_ChannelId_TrueOnlyWhenKeyEndorsesIt(string? channelId, bool expected)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.Equal(expected, result.Authorizes(channelId, TokenTestBed.ServiceUrl));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData(null)]
    public async Task Authorizes_KeyNotEndorsingMsteams_False(string? endorsement)
    {
        var key = bed.Channel.Publish(new TestSigningKey("channel-key-2", endorsement is null ? [] : [endorsement]));

        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { SigningKey = key }));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.False(result.Authorizes("msteams", TokenTestBed.ServiceUrl, out var reason));
        Assert.Equal("signing key does not endorse the activity's channel", reason);
    }

    [Fact]
    public void Authorizes_FailedResult_False()
    {
        var result = BotTokenValidationResult.Failed("test");

        Assert.False(result.Authorizes("msteams", TokenTestBed.ServiceUrl));
    }
}
