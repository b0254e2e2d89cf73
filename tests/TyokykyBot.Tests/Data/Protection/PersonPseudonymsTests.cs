using TyokykyBot.Data.Protection;

namespace TyokykyBot.Tests.Data.Protection;

public class PersonPseudonymsTests
{
    private const string AadId = "6f1c2a9e-7d4b-4c1e-9a51-2b8d0e3f4a67";

    private readonly string _key = TestKeys.New();

    [Fact]
    public void Of_SameIdTwiceAndInAnotherInstance_SamePseudonym()
    {
        var first = TestKeys.Pseudonyms(_key).Of(AadId);

        Assert.Equal(first, TestKeys.Pseudonyms(_key).Of(AadId));
        Assert.Equal(first, TestKeys.Pseudonyms(_key).Of(AadId));
    }

    [Fact]
    public void Of_AnotherKey_DifferentPseudonym()
    {
        Assert.NotEqual(TestKeys.Pseudonyms(_key).Of(AadId), TestKeys.Pseudonyms(TestKeys.New()).Of(AadId));
    }

    [Theory]
    [InlineData("6F1C2A9E-7D4B-4C1E-9A51-2B8D0E3F4A67", AadId)]
    [InlineData("Aino.Virtanen@Contoso.FI", "aino.virtanen@contoso.fi")]
    public void Of_IdInOtherLetterCase_SamePseudonym(string written, string canonical)
    {
        var pseudonyms = TestKeys.Pseudonyms(_key);

        Assert.Equal(pseudonyms.Of(canonical), pseudonyms.Of(written));
    }

    [Fact]
    public void Of_DifferentIds_DifferentPseudonyms()
    {
        var pseudonyms = TestKeys.Pseudonyms(_key);

        Assert.NotEqual(pseudonyms.Of(AadId), pseudonyms.Of(AadId.Replace('6', '7')));
    }

    [Fact]
    public void Of_AnyId_PrefixAnd16BytesBase64UrlWithoutTheId()
    {
        var pseudonym = TestKeys.Pseudonyms(_key).Of("aino.virtanen@contoso.fi");

        Assert.Matches("^p1\\.[A-Za-z0-9_-]{22}$", pseudonym);
        Assert.True(PersonPseudonyms.IsPseudonym(pseudonym));
        Assert.DoesNotContain("aino", pseudonym, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Of_KeyRotated_NewKeysPseudonymWhileAllOfStillFindsTheOld()
    {
        var newKey = TestKeys.New();
        var before = TestKeys.Pseudonyms(_key).Of(AadId);
        var rotated = TestKeys.Pseudonyms(newKey, _key);

        Assert.Equal(TestKeys.Pseudonyms(newKey).Of(AadId), rotated.Of(AadId));
        Assert.Equal([rotated.Of(AadId), before], rotated.AllOf(AadId));
    }

    [Fact]
    public void AllOf_PreviousKeyRepeatsCurrent_OnePseudonym()
    {
        Assert.Single(TestKeys.Pseudonyms(_key, _key).AllOf(AadId));
    }

    [Fact]
    public void Of_NotTheEncryptionKeysHmac_KeyIsDerivedForThisPurpose()
    {
        var direct = System.Security.Cryptography.HMACSHA256.HashData(Convert.FromBase64String(_key), System.Text.Encoding.UTF8.GetBytes(AadId));

        Assert.NotEqual("p1." + System.Buffers.Text.Base64Url.EncodeToString(direct.AsSpan(0, 16)), TestKeys.Pseudonyms(_key).Of(AadId));
    }
}
