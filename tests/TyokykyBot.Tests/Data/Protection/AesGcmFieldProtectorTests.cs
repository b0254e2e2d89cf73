using System.Security.Cryptography;
using TyokykyBot.Data.Protection;

namespace TyokykyBot.Tests.Data.Protection;

public class AesGcmFieldProtectorTests
{
    private const string Secret = "Eeva Työntekijä: uupumus, 🙂";

    private readonly string _key = TestKeys.New();

    [Theory]
    [InlineData(Secret)]
    [InlineData("")]
    public void Unprotect_ProtectedValue_OriginalText(string plaintext)
    {
        var protector = TestKeys.Protector(_key);

        Assert.Equal(plaintext, protector.Unprotect(protector.Protect(plaintext)));
    }

    [Fact]
    public void UnprotectUtf8_ValueProtectedAsText_SameBytes()
    {
        var protector = TestKeys.Protector(_key);

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(Secret), protector.UnprotectUtf8(protector.Protect(Secret)));
        Assert.Equal(Secret, protector.Unprotect(protector.ProtectUtf8(System.Text.Encoding.UTF8.GetBytes(Secret))));
    }

    [Fact]
    public void Protect_AnyValue_VersionKeyIdAndPayloadWithoutPlaintext()
    {
        var protectedText = TestKeys.Protector(_key).Protect(Secret);

        var parts = protectedText.Split('.');
        Assert.Equal(["v1", TestKeys.IdOf(_key)], parts[..2]);
        Assert.Equal(12 + System.Text.Encoding.UTF8.GetByteCount(Secret) + 16, Convert.FromBase64String(parts[2]).Length);
        Assert.DoesNotContain("Eeva", protectedText);
    }

    [Fact]
    public void Protect_SameValueTwice_DifferentNonceAndCiphertext()
    {
        var protector = TestKeys.Protector(_key);

        var first = Convert.FromBase64String(protector.Protect(Secret).Split('.')[2]);
        var second = Convert.FromBase64String(protector.Protect(Secret).Split('.')[2]);

        Assert.NotEqual(first[..12], second[..12]);
        Assert.NotEqual(first[12..], second[12..]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(-1)]
    public void Unprotect_OneByteFlipped_ThrowsNamingKeyOnly(int index)
    {
        var protector = TestKeys.Protector(_key);
        var parts = protector.Protect(Secret).Split('.');
        var payload = Convert.FromBase64String(parts[2]);
        payload[index < 0 ? payload.Length + index : index] ^= 0x01;

        var error = Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect($"v1.{parts[1]}.{Convert.ToBase64String(payload)}"));

        Assert.Contains(TestKeys.IdOf(_key), error.Message);
        Assert.DoesNotContain("Eeva", error.Message);
    }

    [Fact]
    public void Unprotect_KeyIdInHeaderChanged_Throws()
    {
        var other = TestKeys.New();
        var protector = TestKeys.Protector(_key, other);
        var payload = protector.Protect(Secret).Split('.')[2];

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect($"v1.{TestKeys.IdOf(other)}.{payload}"));
    }

    [Fact]
    public void Unprotect_UnknownKey_ThrowsNamingKeyIdNotContent()
    {
        var oldKey = TestKeys.New();
        var protectedText = TestKeys.Protector(oldKey).Protect(Secret);

        var error = Assert.Throws<CryptographicException>(() => TestKeys.Protector(_key).Unprotect(protectedText));

        Assert.Contains(TestKeys.IdOf(oldKey), error.Message);
        Assert.DoesNotContain("Eeva", error.Message);
        Assert.DoesNotContain(protectedText.Split('.')[2], error.Message);
    }

    [Fact]
    public void Unprotect_ValueFromPreviousKey_Decrypts()
    {
        var oldKey = TestKeys.New();
        var protectedText = TestKeys.Protector(oldKey).Protect(Secret);
        var rotated = TestKeys.Protector(_key, oldKey);

        Assert.Equal(Secret, rotated.Unprotect(protectedText));
        Assert.StartsWith($"v1.{TestKeys.IdOf(_key)}.", rotated.Protect(Secret));
    }

    [Theory]
    [InlineData(Secret)]
    [InlineData("v2.0123abcd.AAAA")]
    [InlineData("v1.Eeva.AAAA")]
    [InlineData("v1.0123abcd")]
    [InlineData("v1.0123abcd.AAAA.Eeva")]
    [InlineData(".Eeva.")]
    public void Unprotect_NotAProtectedValue_ThrowsWithoutEchoingInput(string input)
    {
        var error = Assert.Throws<CryptographicException>(() => TestKeys.Protector(_key).Unprotect(input));

        Assert.DoesNotContain("Eeva", error.Message);
    }

    [Fact]
    public void Unprotect_TruncatedPayload_Throws()
    {
        var protector = TestKeys.Protector(_key);
        var protectedText = protector.Protect(Secret);

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(protectedText[..^8]));
    }
}
