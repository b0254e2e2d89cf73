using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TyokykyBot.Data.Protection;

/// <summary>
/// Keyed pseudonyms for person ids (AAD object ids, e-mail addresses) in columns that are looked
/// up by equality beside a case id: <c>p1.{base64url(HMAC-SHA256(k, lower(id))[..16])}</c>. The key
/// k is derived by HKDF from <see cref="EncryptionOptions.Key"/>, so a reader of the database alone
/// cannot test a guessed id against a row, and equality still works. One-way: where the id must
/// be read back, it is stored encrypted beside its pseudonym.
/// </summary>
public sealed class PersonPseudonyms
{
    public const string Prefix = "p1.";

    private const int Length = 16;

    /// <summary>Separates these keys from any other use of the same key material.</summary>
    private static readonly byte[] Purpose = "TyokykyBot person pseudonym v1"u8.ToArray();

    /// <summary>The current key first, then the previous ones.</summary>
    private readonly byte[][] _keys;

    public PersonPseudonyms(IOptions<EncryptionOptions> options)
    {
        var configured = options.Value.PreviousKeys.Prepend(options.Value.Key);
        _keys = [.. configured.Select(Derive).DistinctBy(Convert.ToHexString)];
    }

    /// <summary>The pseudonym under the current key: what new rows store.</summary>
    public string Of(string personId) => Compute(_keys[0], personId);

    /// <summary>
    /// The pseudonyms under every configured key, current first: a row written before a key
    /// rotation is still found while the old key is among <see cref="EncryptionOptions.PreviousKeys"/>.
    /// </summary>
    public IReadOnlyList<string> AllOf(string personId) => [.. _keys.Select(k => Compute(k, personId)).Distinct(StringComparer.Ordinal)];

    public static bool IsPseudonym(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    private static byte[] Derive(string? base64) =>
        FieldKey.TryParse(base64, out var key)
            ? HKDF.DeriveKey(HashAlgorithmName.SHA256, key.Material, 32, salt: [], info: Purpose)
            : throw new InvalidOperationException("Encryption key is missing or not the base64 of 32 bytes (see Encryption:Key).");

    private static string Compute(byte[] key, string personId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(personId);
        // AAD ids and e-mail addresses compare without regard to case; so must their pseudonyms.
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(personId.ToLowerInvariant()));
        return Prefix + Base64Url.EncodeToString(mac.AsSpan(0, Length));
    }
}
