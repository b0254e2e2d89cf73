namespace TyokykyBot.Data.Protection;

/// <summary>Encrypts one value for storage. Exceptions name at most a key id, never the content.</summary>
public interface IFieldProtector
{
    string Protect(string plaintext);

    string Unprotect(string protectedText);

    /// <summary>As <see cref="Protect(string)"/>, from UTF-8 (JSON straight from the serializer).</summary>
    string ProtectUtf8(ReadOnlySpan<byte> plaintext);

    /// <summary>As <see cref="Unprotect(string)"/>, to UTF-8 (for a deserializer).</summary>
    byte[] UnprotectUtf8(string protectedText);
}
