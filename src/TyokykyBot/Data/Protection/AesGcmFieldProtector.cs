using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TyokykyBot.Data.Protection;

/// <summary>
/// AES-256-GCM, one random 12-byte nonce per value: <c>v1.{keyId}.{base64(nonce|ciphertext|tag)}</c>.
/// The header <c>v1.{keyId}</c> is authenticated as associated data, so it cannot be swapped either.
/// New values use <see cref="EncryptionOptions.Key"/>; any configured key decrypts.
/// </summary>
public sealed class AesGcmFieldProtector(IOptions<EncryptionOptions> options) : IFieldProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly FieldKey _current = Parse(options.Value.Key);
    private readonly Dictionary<string, FieldKey> _keys = Ring(options.Value);

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var payload = new byte[NonceSize + plain.Length + TagSize];
        var nonce = payload.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        var header = Header(_current.Id);
        using var aes = new AesGcm(_current.Material, TagSize);
        aes.Encrypt(nonce, plain, payload.AsSpan(NonceSize, plain.Length), payload.AsSpan(NonceSize + plain.Length), Encoding.ASCII.GetBytes(header));
        return header + "." + Convert.ToBase64String(payload);
    }

    public string Unprotect(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        var parts = protectedText.Split('.');
        if (parts.Length != 3 || parts[0] != Version || !FieldKey.IsId(parts[1]))
            throw new CryptographicException("The value is not a protected field (expected v1.{keyId}.{data}).");
        var keyId = parts[1];
        if (!_keys.TryGetValue(keyId, out var key))
            throw new CryptographicException($"The value was protected with key {keyId}, which is neither Encryption:Key nor one of Encryption:PreviousKeys.");

        var payload = new byte[parts[2].Length];
        if (!Convert.TryFromBase64String(parts[2], payload, out var length) || length < NonceSize + TagSize)
            throw new CryptographicException($"The value protected with key {keyId} is malformed.");
        var cipherLength = length - NonceSize - TagSize;
        var plain = new byte[cipherLength];
        try
        {
            using var aes = new AesGcm(key.Material, TagSize);
            aes.Decrypt(payload.AsSpan(0, NonceSize), payload.AsSpan(NonceSize, cipherLength),
                payload.AsSpan(NonceSize + cipherLength, TagSize), plain, Encoding.ASCII.GetBytes(Header(keyId)));
        }
        catch (CryptographicException e)
        {
            throw new CryptographicException($"The value protected with key {keyId} failed authentication: it was altered or truncated.", e);
        }
        return Encoding.UTF8.GetString(plain);
    }

    private static string Header(string keyId) => Version + "." + keyId;

    private static FieldKey Parse(string? base64) =>
        FieldKey.TryParse(base64, out var key)
            ? key
            : throw new InvalidOperationException("Encryption key is missing or not the base64 of 32 bytes (see Encryption:Key).");

    private static Dictionary<string, FieldKey> Ring(EncryptionOptions options)
    {
        var ring = new Dictionary<string, FieldKey>(StringComparer.Ordinal);
        foreach (var key in options.PreviousKeys.Prepend(options.Key).Select(Parse))
            ring.TryAdd(key.Id, key);
        return ring;
    }
}
