using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace TyokykyBot.Testing;

/// <summary>A fresh RSA key pair with a kid and the channels its JWKS entry endorses.</summary>
public sealed class TestSigningKey
{
    public TestSigningKey(string keyId, IEnumerable<string> endorsements)
    {
        KeyId = keyId;
        Endorsements = [.. endorsements];
        Key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = keyId };
    }

    public string KeyId { get; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The private key; tokens are signed with it.</summary>
    public RsaSecurityKey Key { get; }

    /// <summary>The public key as DER (SubjectPublicKeyInfo), the bytes a key-confusion attack would use as an HMAC secret.</summary>
    public byte[] PublicKeyBytes => Key.Rsa.ExportSubjectPublicKeyInfo();

    /// <summary>The public half as a JWK, the shape a JWKS document carries.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = Key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements.Count > 0)
        {
            jwk["endorsements"] = Endorsements;
        }

        return jwk;
    }
}
