using Microsoft.IdentityModel.Tokens;
using TyokykyBot.BotFramework.Authentication;
using TyokykyBot.Testing;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotTokenValidatorChannelTests
{
    private readonly TokenTestBed bed = new();

    [Fact]
    public async Task ValidateAsync_ValidChannelToken_PassesAndAuthorizesTeams()
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken()));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Equal(BotTokenKind.Channel, result.Kind);
        Assert.Contains("msteams", result.Endorsements);
        Assert.Equal(TrustedIssuers.Channel, result.Identity!.FindFirst("iss")?.Value);
        Assert.True(result.Authorizes("msteams", TokenTestBed.ServiceUrl));
    }

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task ValidateAsync_OtherRsaAlgorithms_Pass(string algorithm)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Algorithm = algorithm }));

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_AlgNone_Refused()
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Algorithm = "none" }));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidSignatureException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_Hs256SignedWithPublicKey_Refused()
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Algorithm = SecurityAlgorithms.HmacSha256 }));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidSignatureException), result.FailureReason);
    }

    // The published RSA key would verify these; only the RS256/384/512 allow-list refuses them.
    [Theory]
    [InlineData(SecurityAlgorithms.RsaSsaPssSha256)]
    [InlineData(SecurityAlgorithms.RsaSsaPssSha512)]
    public async Task ValidateAsync_RsaPssAlgorithm_Refused(string algorithm)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Algorithm = algorithm }));

        Assert.False(result.IsValid);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://API.botframework.com")]
    [InlineData("https://evil.example")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    public async Task ValidateAsync_UntrustedIssuer_RefusedWithoutFetching(string issuer)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Issuer = issuer }));

        Assert.False(result.IsValid);
        Assert.Equal("untrusted issuer", result.FailureReason);
        Assert.Empty(bed.Metadata.Requests);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("https://api.botframework.com")]
    [InlineData("api://botid-00000000-0000-0000-0000-000000000000")]
    [InlineData("")]
    public async Task ValidateAsync_WrongAudience_Refused(string audience)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Audience = audience }));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidAudienceException), result.FailureReason);
    }

    [Theory]
    [InlineData("api://" + TokenTestBed.AppId)]
    [InlineData("api://botid-" + TokenTestBed.AppId)]
    public async Task ValidateAsync_ApiAudienceForms_Pass(string audience)
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Audience = audience }));

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_TamperedPayload_Refused()
    {
        var token = TestIssuer.TamperPayload(bed.Channel.Sign(bed.ChannelToken()), "serviceurl", "https://evil.example/");

        var result = await bed.ValidateAsync(token);

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidSignatureException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_TamperedSignature_Refused()
    {
        var token = TestIssuer.TamperSignature(bed.Channel.Sign(bed.ChannelToken()));

        var result = await bed.ValidateAsync(token);

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidSignatureException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_SignedWithEntraKey_Refused()
    {
        var token = bed.ChannelToken() with { SigningKey = bed.Entra.DefaultKey };

        var result = await bed.ValidateAsync(bed.Channel.Sign(token));

        Assert.False(result.IsValid);
        Assert.Equal("unknown signing key", result.FailureReason);
    }
}
