using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace TyokykyBot.Testing;

/// <summary>
/// A local token issuer for tests: mints Bot Connector and Entra tokens with its own RSA keys and
/// writes the OpenID configuration and JWKS (with per-key <c>endorsements</c>) that publish them.
/// </summary>
public sealed class TestIssuer
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly List<TestSigningKey> published = [];
    private readonly TimeProvider timeProvider;

    /// <param name="timeProvider">Tokens are minted at this clock's now; share the validator's clock.</param>
    /// <param name="keyId">The kid of the first published key.</param>
    /// <param name="endorsements">What that key endorses; Bot Connector keys endorse e.g. <c>msteams</c>.</param>
    public TestIssuer(TimeProvider? timeProvider = null, string keyId = "test-key-1", params string[] endorsements)
        : this(timeProvider, new TestSigningKey(keyId, endorsements))
    {
    }

    /// <summary>Publishes <paramref name="defaultKey"/> first; sharing one key across tests saves RSA key generation.</summary>
    public TestIssuer(TimeProvider? timeProvider, TestSigningKey defaultKey)
    {
        this.timeProvider = timeProvider ?? TimeProvider.System;
        DefaultKey = Publish(defaultKey);
    }

    /// <summary>Signs tokens whose <see cref="TestToken.SigningKey"/> is null.</summary>
    public TestSigningKey DefaultKey { get; }

    public IReadOnlyList<TestSigningKey> PublishedKeys => published;

    public static string EntraV2Issuer(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    public static string EntraV1Issuer(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>Adds a key to the JWKS (key rotation); a key never published has an unknown kid.</summary>
    public TestSigningKey Publish(TestSigningKey key)
    {
        published.Add(key);
        return key;
    }

    /// <summary>Withdraws a key from the JWKS; tokens it signed stop validating once the cache refreshes.</summary>
    public void Unpublish(TestSigningKey key) => published.Remove(key);

    public string OpenIdConfigurationJson(string jwksUri, string issuer = ChannelIssuer) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = issuer,
            ["authorization_endpoint"] = "https://login.botframework.com/v1/.well-known/authorize",
            ["jwks_uri"] = jwksUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        });

    public string JwksJson() =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["keys"] = published.Select(key => key.ToJwk()).ToArray() });

    /// <summary>A valid Bot Connector token for <paramref name="appId"/> carrying <c>serviceurl</c>.</summary>
    public TestToken ChannelToken(string appId, string serviceUrl) =>
        NewToken(ChannelIssuer, appId).WithClaim("serviceurl", serviceUrl);

    /// <summary>A valid Entra token the bot's own app got in <paramref name="tenantId"/>: v2 names it in <c>azp</c>, v1 in <c>appid</c>.</summary>
    public TestToken EntraToken(string appId, string tenantId, bool v1 = false) =>
        v1
            ? NewToken(EntraV1Issuer(tenantId), appId).WithClaim("ver", "1.0").WithClaim("appid", appId).WithClaim("tid", tenantId)
            : NewToken(EntraV2Issuer(tenantId), appId).WithClaim("ver", "2.0").WithClaim("azp", appId).WithClaim("tid", tenantId);

    public string CreateChannelToken(string appId, string serviceUrl) => Sign(ChannelToken(appId, serviceUrl));

    public string CreateEntraToken(string appId, string tenantId, bool v1 = false) => Sign(EntraToken(appId, tenantId, v1));

    public string Sign(TestToken token)
    {
        var key = token.SigningKey ?? DefaultKey;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = token.Issuer,
            Audience = token.Audience,
            IssuedAt = token.IssuedAt.UtcDateTime,
            NotBefore = token.NotBefore?.UtcDateTime,
            Expires = token.Expires?.UtcDateTime,
            Claims = token.Claims.ToDictionary(),
            SigningCredentials = token.Algorithm switch
            {
                "none" => null,
                SecurityAlgorithms.HmacSha256 => new SigningCredentials(
                    new SymmetricSecurityKey(key.PublicKeyBytes) { KeyId = key.KeyId }, SecurityAlgorithms.HmacSha256),
                _ => new SigningCredentials(key.Key, token.Algorithm),
            },
        };
        var jwt = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
        return token.Algorithm == "none" ? WithHeader(jwt, new JsonObject { ["alg"] = "none", ["kid"] = key.KeyId, ["typ"] = "JWT" }) : jwt;
    }

    /// <summary>Sets a payload claim and keeps the original signature.</summary>
    public static string TamperPayload(string jwt, string claim, string value)
    {
        var parts = jwt.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload[claim] = value;
        parts[1] = Base64UrlEncoder.Encode(payload.ToJsonString());
        return string.Join('.', parts);
    }

    /// <summary>Flips one bit in the middle of the signature.</summary>
    public static string TamperSignature(string jwt)
    {
        var parts = jwt.Split('.');
        var signature = Base64UrlEncoder.DecodeBytes(parts[2]);
        signature[signature.Length / 2] ^= 0x01;
        parts[2] = Base64UrlEncoder.Encode(signature);
        return string.Join('.', parts);
    }

    private TestToken NewToken(string issuer, string audience)
    {
        var now = timeProvider.GetUtcNow();
        return new TestToken { Issuer = issuer, Audience = audience, IssuedAt = now, NotBefore = now, Expires = now + Lifetime };
    }

    // The library will not write an alg-none header with a kid, so the header is replaced by hand.
    private static string WithHeader(string jwt, JsonObject header)
    {
        var parts = jwt.Split('.');
        parts[0] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(header.ToJsonString()));
        return string.Join('.', parts);
    }
}
