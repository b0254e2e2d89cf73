using Microsoft.Extensions.Logging;
using TyokykyBot.Testing;

namespace TyokykyBot.BotFramework.Tests.Authentication;

public class BotTokenValidatorLoggingTests
{
    private readonly TokenTestBed bed = new();

    [Fact]
    public async Task ValidateAsync_RefusedToken_LogsReasonButNoTokenOrClaims()
    {
        const string secretServiceUrl = "https://claim-value.example/do-not-log/";
        var token = bed.Channel.Sign(bed.Channel.ChannelToken(TokenTestBed.AppId, secretServiceUrl) with { Audience = "audience-do-not-log" });

        await bed.ValidateAsync(token);

        var refusal = Assert.Single(bed.Logs.Records, entry => entry.Text().StartsWith("Bot token refused"));
        Assert.Equal(LogLevel.Information, refusal.Level);
        Assert.Contains("SecurityTokenInvalidAudienceException", refusal.Text());
        Assert.All(bed.Logs.Records, entry =>
        {
            Assert.DoesNotContain(token.Split('.')[1], entry.Text());
            Assert.DoesNotContain(token.Split('.')[2], entry.Text());
            Assert.DoesNotContain("do-not-log", entry.Text());
            Assert.DoesNotContain(TokenTestBed.AppId, entry.Text());
        });
    }

    [Fact]
    public async Task ValidateAsync_UntrustedIssuer_LogsIssuerAsWarning()
    {
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Issuer = "https://evil.example" }));

        Assert.Contains(bed.Logs.Records, entry => entry.Level == LogLevel.Warning && entry.Text().Contains("https://evil.example"));
    }

    [Fact]
    public async Task ValidateAsync_IssuerWithLineBreaks_LoggedEscapedOnOneLine()
    {
        await bed.ValidateAsync(bed.Channel.Sign(bed.ChannelToken() with { Issuer = "https://evil.example\r\nWarning: forged\u2028line" }));

        var line = Assert.Single(bed.Logs.Records, entry => entry.Text().Contains("evil.example")).Text();
        Assert.Contains(@"https://evil.example\r\nWarning: forged\u2028line", line);
        Assert.DoesNotContain('\r', line);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\u2028', line);
    }
}
