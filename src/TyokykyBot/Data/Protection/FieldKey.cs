using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace TyokykyBot.Data.Protection;

/// <summary>An AES-256 key and the id that protected values carry to name it.</summary>
internal sealed class FieldKey
{
    public const int Size = 32;
    public const int IdLength = 8;

    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    private FieldKey(byte[] material)
    {
        Material = material;
        Id = Convert.ToHexStringLower(SHA256.HashData(material))[..IdLength];
    }

    /// <summary>The first 8 hex digits of the key's SHA-256: names the key, reveals nothing usable of it.</summary>
    public string Id { get; }

    public byte[] Material { get; }

    public static bool TryParse(string? base64, [NotNullWhen(true)] out FieldKey? key)
    {
        key = null;
        var buffer = new byte[Size];
        if (string.IsNullOrWhiteSpace(base64) || !Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != Size)
            return false;
        key = new FieldKey(buffer);
        return true;
    }

    public static bool IsId(ReadOnlySpan<char> value) =>
        value.Length == IdLength && !value.ContainsAnyExcept(LowerHexDigits);
}
