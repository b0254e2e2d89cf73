using TyokykyBot.Cases;

namespace TyokykyBot.Tests.Cases;

public class PersonRefTests
{
    [Fact]
    public void Equals_SameAadIdDifferentNames_Equal()
    {
        var a = PersonRef.Insider("AAD-1", "Eeva", "eeva@contoso.fi");
        var b = PersonRef.Insider("aad-1", "Eeva T.");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentAadIdsSameEmail_NotEqual()
    {
        Assert.NotEqual(PersonRef.Insider("aad-1", "A", "x@contoso.fi"), PersonRef.Insider("aad-2", "A", "x@contoso.fi"));
    }

    [Fact]
    public void Equals_OutsidersWithEmailInOtherCase_Equal()
    {
        var a = PersonRef.Outsider(" Lea@Terveystalo.example ", "Lea");
        var b = PersonRef.Outsider("lea@terveystalo.example", "Lea Lääkäri");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void AadObjectId_NotAGuid_KeptAsIs()
    {
        var person = PersonRef.Insider("not-a-guid:42", "X");

        Assert.Equal("not-a-guid:42", person.AadObjectId);
        Assert.True(person.IsWellFormed);
        Assert.Equal("not-a-guid:42", person.ActorId);
    }

    [Theory]
    [InlineData("lea@terveystalo.example", true)]
    [InlineData("not an address", false)]
    [InlineData("", false)]
    public void IsWellFormed_Outsider_DependsOnEmail(string email, bool expected)
    {
        Assert.Equal(expected, PersonRef.Outsider(email, "Lea").IsWellFormed);
    }

    [Fact]
    public void ActorId_Outsider_IsNormalisedEmail()
    {
        Assert.Equal("lea@terveystalo.example", PersonRef.Outsider("Lea@Terveystalo.example", "Lea").ActorId);
    }
}
