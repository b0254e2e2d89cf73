using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Tests.Data.Protection;

internal static class TestKeys
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static string IdOf(string base64) => Convert.ToHexStringLower(SHA256.HashData(Convert.FromBase64String(base64)))[..8];

    public static AesGcmFieldProtector Protector(string key, params string[] previous) =>
        new(Options(key, previous));

    public static PersonPseudonyms Pseudonyms(string key, params string[] previous) => new(Options(key, previous));

    private static IOptions<EncryptionOptions> Options(string key, string[] previous) =>
        Microsoft.Extensions.Options.Options.Create(new EncryptionOptions { Key = key, PreviousKeys = [.. previous] });
}
