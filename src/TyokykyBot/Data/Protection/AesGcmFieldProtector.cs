using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace TyokykyBot.Data.Protection;

/// <summary>
/// AES-256-GCM, one random 12-byte nonce per value: <c>v1.{keyId}.{base64(nonce|ciphertext|tag)}</c>.
/// The header <c>v1.{keyId}</c> is authenticated as associated data, so it cannot be swapped either.
/// New values use <see cref="EncryptionOptions.Key"/>; any configured key decrypts.
/// </summary>
public sealed class AesGcmFieldProtector : IFieldProtector
{
    private const string Version = "v1";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly FieldKey _current;
    private readonly string _currentHeader;
    private readonly byte[] _currentAssociatedData;
    private readonly Dictionary<string, FieldKey>.AlternateLookup<ReadOnlySpan<char>> _keysById;

    public AesGcmFieldProtector(IOptions<EncryptionOptions> options)
    {
        _current = Parse(options.Value.Key);
        _currentHeader = Header(_current.Id);
        _currentAssociatedData = Encoding.ASCII.GetBytes(_currentHeader);
        _keysById = Ring(options.Value).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Protect(string plaintext)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        return ProtectUtf8(Encoding.UTF8.GetBytes(plaintext));
    }

    public string Unprotect(string protectedText) => Encoding.UTF8.GetString(UnprotectUtf8(protectedText));

    public string ProtectUtf8(ReadOnlySpan<byte> plaintext)
    {
        var payload = ArrayPool<byte>.Shared.Rent(NonceSize + plaintext.Length + TagSize);
        try
        {
            var nonce = payload.AsSpan(0, NonceSize);
            RandomNumberGenerator.Fill(nonce);
            using (var aes = new AesGcm(_current.Material, TagSize))
            {
                aes.Encrypt(nonce, plaintext, payload.AsSpan(NonceSize, plaintext.Length),
                    payload.AsSpan(NonceSize + plaintext.Length, TagSize), _currentAssociatedData);
            }

            return _currentHeader + "." + Convert.ToBase64String(payload, 0, NonceSize + plaintext.Length + TagSize);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
    }

    public byte[] UnprotectUtf8(string protectedText)
    {
        ArgumentNullException.ThrowIfNull(protectedText);
        var text = protectedText.AsSpan();
        var first = text.IndexOf('.');
        var second = first < 0 ? -1 : text[(first + 1)..].IndexOf('.') + first + 1;
        if (first < 0 || second <= first || text[(second + 1)..].Contains('.')
            || !text[..first].SequenceEqual(Version) || !FieldKey.IsId(text[(first + 1)..second]))
            throw new CryptographicException("The value is not a protected field (expected v1.{keyId}.{data}).");
        var header = text[..second];
        var keyId = text[(first + 1)..second];
        if (!_keysById.TryGetValue(keyId, out var key))
            throw new CryptographicException($"The value was protected with key {keyId}, which is neither Encryption:Key nor one of Encryption:PreviousKeys.");

        var data = text[(second + 1)..];
        var payload = ArrayPool<byte>.Shared.Rent(data.Length);
        try
        {
            if (!Convert.TryFromBase64Chars(data, payload, out var length) || length < NonceSize + TagSize)
                throw new CryptographicException($"The value protected with key {keyId} is malformed.");
            var cipherLength = length - NonceSize - TagSize;
            var plain = new byte[cipherLength];
            Span<byte> associated = stackalloc byte[header.Length];
            Encoding.ASCII.GetBytes(header, associated);
            try
            {
                using var aes = new AesGcm(key.Material, TagSize);
                aes.Decrypt(payload.AsSpan(0, NonceSize), payload.AsSpan(NonceSize, cipherLength),
                    payload.AsSpan(NonceSize + cipherLength, TagSize), plain, associated);
            }
            catch (CryptographicException e)
            {
                throw new CryptographicException($"The value protected with key {keyId} failed authentication: it was altered or truncated.", e);
            }

            return plain;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(payload);
        }
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
