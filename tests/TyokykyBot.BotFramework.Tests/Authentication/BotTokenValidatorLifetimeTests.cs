using Microsoft.IdentityModel.Tokens;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotTokenValidatorLifetimeTests
{
    private readonly TokenTestBed bed = new();

    [Fact]
    public async Task ValidateAsync_ExpiredBeyondSkew_Refused()
    {
        var now = bed.Time.GetUtcNow();
        var token = bed.ChannelToken() with
        {
            IssuedAt = now.AddHours(-1), NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-5).AddSeconds(-1),
        };

        var result = await bed.ValidateAsync(bed.Channel.Sign(token));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidLifetimeException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_ExpiredWithinSkew_Passes()
    {
        var now = bed.Time.GetUtcNow();
        var token = bed.ChannelToken() with
        {
            IssuedAt = now.AddHours(-1), NotBefore = now.AddHours(-1), Expires = now.AddMinutes(-4),
        };

        var result = await bed.ValidateAsync(bed.Channel.Sign(token));

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_ValidTokenAfterClockPassesExpiry_Refused()
    {
        var token = bed.Channel.Sign(bed.ChannelToken());
        bed.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(6));

        var result = await bed.ValidateAsync(token);

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidLifetimeException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidBeyondSkew_Refused()
    {
        var now = bed.Time.GetUtcNow();
        var token = bed.ChannelToken() with { NotBefore = now.AddMinutes(6), Expires = now.AddHours(1) };

        var result = await bed.ValidateAsync(bed.Channel.Sign(token));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidLifetimeException), result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_NotYetValidWithinSkew_Passes()
    {
        var now = bed.Time.GetUtcNow();
        var token = bed.ChannelToken() with { NotBefore = now.AddMinutes(4), Expires = now.AddHours(1) };

        var result = await bed.ValidateAsync(bed.Channel.Sign(token));

        Assert.True(result.IsValid, result.FailureReason);
    }

    [Fact]
    public async Task ValidateAsync_NoExpiry_Refused()
    {
        var result = await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Expires = null }));

        Assert.False(result.IsValid);
        Assert.Equal(nameof(SecurityTokenInvalidLifetimeException), result.FailureReason);
    }
}
