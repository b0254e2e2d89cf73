namespace TyokykyBot.Data.Protection;

public sealed class EncryptionOptions
{
    public const string Section = "Encryption";

    /// <summary>
    /// Base64 of 32 random bytes; protects every new value. In production it comes from Key Vault
    /// through the environment (<c>Encryption__Key</c>). Unset with SQLite: a local key file.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Earlier keys, still accepted for reading, so a key can be rotated without re-encrypting first.</summary>
    public List<string> PreviousKeys { get; set; } = [];
}
