using Microsoft.IdentityModel.Tokens;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotTokenValidatorHeaderTests
{
    private readonly TokenTestBed bed = new();

    [Theory]
    [InlineData(null, "no Authorization header")]
    [InlineData("", "not a Bearer token")]
    [InlineData("Basic dXNlcjpwYXNz", "not a Bearer token")]
    [InlineData("Bearer ", "not a Bearer token")]
    [InlineData("Bearer not-a-jwt", "malformed token")]
    [InlineData("Bearer a.b.c", "malformed token")]
    public async Task ValidateAsync_MissingOrGarbageHeader_Refused(string? header, string reason)
    {
        var result = await bed.Validator.ValidateAsync(header, CancellationToken.None);

        Assert.False(result.IsValid);
        Assert.Equal(reason, result.FailureReason);
        Assert.Empty(bed.Metadata.Requests);
    }

    [Theory]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", "not json")]
    [InlineData("""{"alg":"RS256","kid":5}""", """{"iss":"https://api.botframework.com"}""")]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", """{"iss":42}""")]
    [InlineData("""{"alg":"RS256","kid":"channel-key-1"}""", """{"iss":"https://api.botframework.com","exp":"soon"}""")]
    [InlineData("""["alg"]""", """{"iss":"https://api.botframework.com"}""")]
    public async Task ValidateAsync_MalformedJson_RefusedWithoutThrowing(string header, string payload)
    {
        var token = $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(payload)}.c2lnbmF0dXJl";

        var result = await bed.ValidateAsync(token);

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_LowerCaseBearerScheme_Passes()
    {
        var token = bed.Channel.Sign(bed.ChannelToken());

        var result = await bed.Validator.ValidateAsync($"bearer {token}", CancellationToken.None);

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_NoAppIdConfigured_Refused()
    {
        var anonymous = new TokenTestBed(options => options.AppId = "");

        var result = await anonymous.ValidateAsync(anonymous.Channel.Sign(anonymous.ChannelToken()));

        Assert.False(result.IsValid);
    }
}
