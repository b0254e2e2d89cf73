using TyokykyBot.Data;
using TyokykyBot.Outbox;
using TyokykyBot.Tests.Data.Protection;

namespace TyokykyBot.Tests.Outbox;

public class OutboxAddressesTests
{
    private const string Person = "6f1c2a9e-7d4b-4c1e-9a51-2b8d0e3f4a67";

    private static readonly string Key = TestKeys.New();
    private static readonly Guid CaseId = Guid.NewGuid();

    private readonly OutboxAddresses _addresses = new(TestKeys.Pseudonyms(Key), TestKeys.Protector(Key));

    [Fact]
    public void Store_PersonAboutACase_PseudonymAndEncryptedIdReadBack()
    {
        var (target, recipient) = _addresses.Store(Person, CaseId);

        Assert.Equal(TestKeys.Pseudonyms(Key).Of(Person), target);
        Assert.DoesNotContain(Person, recipient!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Person, _addresses.RecipientOf(Message(target, recipient)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Store_TheCaseItself_KeptAsGivenAndReadAsIs(bool upperCase)
    {
        var id = upperCase ? CaseId.ToString().ToUpperInvariant() : CaseId.ToString();

        var (target, recipient) = _addresses.Store(id, CaseId);

        Assert.Equal((id, null), (target, recipient));
        Assert.Equal(id, _addresses.RecipientOf(Message(target, recipient)));
    }

    [Fact]
    public void Store_NoCase_KeptAsGiven()
    {
        Assert.Equal(("aad-target", null), _addresses.Store("aad-target", caseId: null));
    }

    [Fact]
    public void RecipientOf_RowFromBeforeThePseudonyms_TheTargetAsStored()
    {
        Assert.Equal(Person, _addresses.RecipientOf(Message(Person, recipient: null)));
    }

    private static OutboxMessage Message(string target, string? recipient) =>
        new() { Kind = "k", CaseId = CaseId, Target = target, ProtectedRecipient = recipient };
}
