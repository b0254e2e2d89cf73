using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace TyokykyBot.BotFramework.Authentication;

/// <summary>
/// Validates Bot Connector and own-tenant Entra tokens. The unverified <c>iss</c> picks the key
/// source, as the current SDKs do; an untrusted issuer fails before anything is fetched.
/// </summary>
public sealed class BotTokenValidator : IBotTokenValidator
{
    /// <summary>The named HttpClient that fetches OpenID metadata; the app may replace its handler.</summary>
    public const string HttpClientName = "TyokykyBot.BotFramework.OpenIdMetadata";

    private readonly JsonWebTokenHandler handler = new();
    private readonly BotOptions options;
    private readonly TrustedIssuers issuers;
    private readonly OpenIdMetadataCache channelMetadata;
    private readonly OpenIdMetadataCache entraMetadata;
    private readonly TimeProvider timeProvider;
    private readonly ILogger logger;

    public BotTokenValidator(
        IOptions<BotOptions> options, IHttpClientFactory httpClientFactory, TimeProvider timeProvider, ILogger<BotTokenValidator> logger)
    {
        this.options = options.Value;
        this.timeProvider = timeProvider;
        this.logger = logger;
        issuers = new TrustedIssuers(this.options.AppTenantId);
        channelMetadata = new(this.options.ChannelOpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
        entraMetadata = new(this.options.ResolvedEntraOpenIdMetadataUrl, httpClientFactory, timeProvider, logger);
    }

    public async Task<BotTokenValidationResult> ValidateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        if (options.IsAnonymous)
        {
            return Refuse("no MicrosoftAppId is configured");
        }

        if (!BearerHeader.TryGetToken(authorizationHeader, out var token))
        {
            return Refuse(authorizationHeader is null ? "no Authorization header" : "not a Bearer token");
        }

        JsonWebToken unverified;
        try
        {
            unverified = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return Refuse("malformed token");
        }

        var issuer = unverified.Issuer;
        if (!issuers.TryClassify(issuer, out var kind, out var appIdClaim))
        {
            AuthenticationLog.UntrustedIssuer(logger, Shorten(issuer));
            return BotTokenValidationResult.Failed("untrusted issuer");
        }

        return await ValidateAsync(token, unverified, kind, appIdClaim, cancellationToken);
    }

    private async Task<BotTokenValidationResult> ValidateAsync(
        string token, JsonWebToken unverified, BotTokenKind kind, string? appIdClaim, CancellationToken cancellationToken)
    {
        var issuer = unverified.Issuer;
        var kid = unverified.Kid;
        if (string.IsNullOrEmpty(kid))
        {
            return Refuse(issuer, "token names no signing key");
        }

        var cache = kind == BotTokenKind.Channel ? channelMetadata : entraMetadata;
        var metadata = await cache.GetAsync(cancellationToken);
        if (metadata is not null && !metadata.HasKey(kid))
        {
            // Keys rotate: an unknown kid may be newly published (RefreshAsync rate-limits this).
            metadata = await cache.RefreshAsync(cancellationToken);
        }

        if (metadata is null)
        {
            return Refuse(issuer, "signing keys are unavailable");
        }

        if (!metadata.HasKey(kid))
        {
            return Refuse(issuer, "unknown signing key");
        }

        var parameters = BotTokenParameters.Create(options.AppId, issuers.For(kind), metadata.Keys, timeProvider);
        var result = await handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            return Refuse(issuer, result.Exception?.GetType().Name ?? "invalid token");
        }

        if (kind == BotTokenKind.Entra)
        {
            // EmulatorValidation: the calling app (azp in v2, appid in v1) must be this bot.
            var caller = result.ClaimsIdentity.FindFirst(appIdClaim!)?.Value;
            if (!string.Equals(caller, options.AppId, StringComparison.OrdinalIgnoreCase))
            {
                return Refuse(issuer, $"{appIdClaim} is not this bot");
            }

            AuthenticationLog.Accepted(logger, issuer);
            return BotTokenValidationResult.ForEntra(result.ClaimsIdentity);
        }

        AuthenticationLog.Accepted(logger, issuer);
        return BotTokenValidationResult.ForChannel(result.ClaimsIdentity, metadata.EndorsementsOf(kid));
    }

    private BotTokenValidationResult Refuse(string reason)
    {
        AuthenticationLog.Refused(logger, reason);
        return BotTokenValidationResult.Failed(reason);
    }

    private BotTokenValidationResult Refuse(string issuer, string reason)
    {
        AuthenticationLog.RefusedFromIssuer(logger, issuer, reason);
        return BotTokenValidationResult.Failed(reason);
    }

    private static string Shorten(string? issuer) =>
        issuer is null ? "(none)" : issuer.Length <= 100 ? issuer : issuer[..100] + "…";
}
