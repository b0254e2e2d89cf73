using Microsoft.IdentityModel.Tokens;

namespace TyokykyBot.Testing;

/// <summary>
/// What <see cref="TestIssuer.Sign"/> puts in a token. Start from a valid one
/// (<see cref="TestIssuer.ChannelToken"/>, <see cref="TestIssuer.EntraToken"/>) and break one rule with <c>with</c>.
/// </summary>
public sealed record TestToken
{
    public required string Issuer { get; init; }

    public required string Audience { get; init; }

    public required DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Null leaves <c>exp</c> out.</summary>
    public DateTimeOffset? Expires { get; init; }

    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();

    /// <summary>RS256/RS384/RS512 sign with <see cref="SigningKey"/>; <c>none</c> leaves the token unsigned;
    /// HS256 uses the signing key's public bytes as the HMAC secret (key confusion).</summary>
    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    /// <summary>Null signs with the issuer's first published key.</summary>
    public TestSigningKey? SigningKey { get; init; }

    public TestToken WithClaim(string name, object value) =>
        this with { Claims = new Dictionary<string, object>(Claims) { [name] = value } };

    public TestToken WithoutClaim(string name)
    {
        var claims = new Dictionary<string, object>(Claims);
        claims.Remove(name);
        return this with { Claims = claims };
    }
}
