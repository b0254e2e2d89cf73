using Microsoft.IdentityModel.Tokens;

namespace TyokykyBot.BotFramework.Authentication;

/// <summary>
/// Token validation rules shared by both issuers (botbuilder ChannelValidation /
/// EmulatorValidation: RS256-512 only, signed tokens, 5 minutes of clock skew).
/// </summary>
internal static class BotTokenParameters
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    public static TokenValidationParameters Create(
        string appId, IEnumerable<string> issuers, IEnumerable<SecurityKey> keys, TimeProvider timeProvider) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        ValidateAudience = true,
        RequireAudience = true,
        ValidAudiences = [appId, $"api://{appId}", $"api://botid-{appId}"],
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
        IssuerSigningKeys = keys,
        // The kid must name a published key; endorsements are looked up by that kid.
        TryAllIssuerSigningKeys = false,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        // TokenValidationParameters reads the system clock unless given a validator.
        LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(timeProvider.GetUtcNow(), notBefore, expires),
    };

    internal static bool IsWithinLifetime(DateTimeOffset now, DateTime? notBefore, DateTime? expires)
    {
        if (expires is not { } exp)
        {
            return false;
        }

        var notAfter = AsUtc(exp) + ClockSkew;
        var notEarlier = notBefore is { } nbf ? AsUtc(nbf) - ClockSkew : DateTimeOffset.MinValue;
        return now >= notEarlier && now <= notAfter;
    }

    private static DateTimeOffset AsUtc(DateTime value) =>
        new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
