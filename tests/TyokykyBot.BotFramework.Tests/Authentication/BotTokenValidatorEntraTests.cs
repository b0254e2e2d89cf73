using Microsoft.IdentityModel.Tokens;
using TyokykyBot.BotFramework.Authentication;
using TyokykyBot.Testing;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotTokenValidatorEntraTests
{
    private const string OtherAppId = "11111111-2222-3333-4444-555555555555";
    private const string OtherTenantId = "99999999-8888-7777-6666-555555555555";
    private readonly TokenTestBed bed = new();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ValidateAsync_ValidEntraToken_PassesWithoutChannelRules(bool v1)
    {
        var result = await bed.ValidateAsync(bed.Entra.Sign(bed.EntraToken(v1)));

        Assert.True(result.IsValid, result.FailureReason);
        Assert.Equal(BotTokenKind.Entra, result.Kind);
        Assert.True(result.Authorizes("msteams", "https://anything.example/"));
        Assert.Equal(0, bed.Metadata.RequestCount(TokenTestBed.ChannelMetadataUrl));
        Assert.Equal(1, bed.Metadata.RequestCount(TokenTestBed.EntraJwksUrl));
    }

    [Fact]
    public async Task ValidateAsync_UpperCaseTenantConfigured_MatchesLowerCaseIssuer()
    {
        var upper = new TokenTestBed(options => options.AppTenantId = TokenTestBed.TenantId.ToUpperInvariant());

        var result = await upper.ValidateAsync(upper.Entra.Sign(upper.EntraToken()));

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_AnotherAppsAzp_Refused()
    {
        var result = await bed.ValidateAsync(bed.Entra.Sign(bed.EntraToken().WithClaim("azp", OtherAppId)));

        Assert.False(result.IsValid);
        Assert.Equal("azp is not this bot", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_V2TokenWithOurAppidButAnotherAzp_Refused()
    {
        var token = bed.EntraToken().WithClaim("azp", OtherAppId).WithClaim("appid", TokenTestBed.AppId);

        var result = await bed.ValidateAsync(bed.Entra.Sign(token));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_V2TokenWithoutAzp_Refused()
    {
        var result = await bed.ValidateAsync(bed.Entra.Sign(bed.EntraToken().WithoutClaim("azp")));

        Assert.False(result.IsValid);
    }

    [Fact]
    public async Task ValidateAsync_AnotherAppsAppidInV1Token_Refused()
    {
        var result = await bed.ValidateAsync(bed.Entra.Sign(bed.EntraToken(v1: true).WithClaim("appid", OtherAppId)));

        Assert.False(result.IsValid);
        Assert.Equal("appid is not this bot", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_AnotherAppAsAudience_Refused()
    {
        var token = bed.Entra.EntraToken(OtherAppId, TokenTestBed.TenantId);

        var result = await bed.ValidateAsync(bed.Entra.Sign(token));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidAudienceException), result.FailureReason);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ValidateAsync_TokenFromAnotherTenant_RefusedWithoutFetching(bool v1)
    {
        var token = bed.Entra.EntraToken(TokenTestBed.AppId, OtherTenantId, v1);

        var result = await bed.ValidateAsync(bed.Entra.Sign(token));

        Assert.False(result.IsValid);
        Assert.Equal("untrusted issuer", result.FailureReason);
        Assert.Empty(bed.Metadata.Requests);
    }

    [Fact]
    public async Task ValidateAsync_NoTenantConfigured_EntraTokenRefused()
    {
        var multiTenant = new TokenTestBed(options => options.AppTenantId = "");

        var result = await multiTenant.ValidateAsync(multiTenant.Entra.Sign(multiTenant.EntraToken()));

        Assert.False(result.IsValid);
        Assert.Empty(multiTenant.Metadata.Requests);
    }

    [Fact]
    public async Task ValidateAsync_EntraIssuerSignedWithChannelKey_Refused()
    {
        var token = bed.EntraToken() with { SigningKey = bed.Channel.DefaultKey };

        var result = await bed.ValidateAsync(bed.Entra.Sign(token));

        Assert.False(result.IsValid);
        Assert.Equal("unknown signing key", result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredEntraToken_Refused()
    {
        var token = bed.Entra.Sign(bed.EntraToken());
        bed.Time.Advance(TimeSpan.FromMinutes(66));

        var result = await bed.ValidateAsync(token);

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidLifetimeException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_EntraAlgNone_Refused()
    {
        var result = await bed.ValidateAsync(bed.Entra.Sign(bed.EntraToken() with { Algorithm = "none" }));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidSignatureException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_EntraTamperedAzp_Refused()
    {
        var token = TestIssuer.TamperPayload(bed.Entra.Sign(bed.Entra.EntraToken(TokenTestBed.AppId, TokenTestBed.TenantId)), "azp", OtherAppId);

        var result = await bed.ValidateAsync(token);

        Assert.False(result.IsValid);
    }
}
