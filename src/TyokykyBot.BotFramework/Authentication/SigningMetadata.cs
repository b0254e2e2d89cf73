using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace TyokykyBot.BotFramework.Authentication;

/// <summary>One fetch of an issuer's signing keys, with each key's channel endorsements.</summary>
internal sealed record SigningMetadata(
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> EndorsementsByKeyId,
    DateTimeOffset FetchedAt)
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    public bool HasKey(string keyId) => Keys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    public IReadOnlySet<string> EndorsementsOf(string keyId) =>
        EndorsementsByKeyId.TryGetValue(keyId, out var endorsements) ? endorsements : None;

    /// <summary>
    /// Reads a JWKS document. Bot Connector keys carry an extra <c>endorsements</c> string array
    /// (botbuilder EndorsementsRetriever); JsonWebKey does not model it, so it is read here.
    /// </summary>
    public static SigningMetadata Parse(string jwksJson, DateTimeOffset fetchedAt)
    {
        var keys = new JsonWebKeySet(jwksJson).GetSigningKeys().ToArray();
        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(jwksJson);
        foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String &&
                key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[kid.GetString()!] = list.EnumerateArray()
                    .Where(item => item.ValueKind == JsonValueKind.String)
                    .Select(item => item.GetString()!)
                    .ToHashSet(StringComparer.Ordinal);
            }
        }

        return new SigningMetadata(keys, endorsements, fetchedAt);
    }
}
