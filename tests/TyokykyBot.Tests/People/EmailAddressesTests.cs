using TyokykyBot.People;

namespace TyokykyBot.Tests.People;

public class EmailAddressesTests
{
    [Theory]
    [InlineData("lea.laakari@terveys.example")]
    [InlineData("Lea.Laakari+tyokyky@terveys-palvelu.fi")]
    [InlineData("o'brien@example.co.uk")]
    public void IsStrict_OrdinaryAddress_True(string address)
    {
        Assert.True(EmailAddresses.IsStrict(address));
    }

    [Theory]
    [InlineData("")]
    [InlineData("lea")]
    [InlineData("lea@terveys")]
    [InlineData("lea@@terveys.example")]
    [InlineData("lea..laakari@terveys.example")]
    [InlineData(".lea@terveys.example")]
    [InlineData("lea@-terveys.example")]
    [InlineData("lea@terveys.example.")]
    [InlineData("lea@[10.0.0.1]")]
    [InlineData("\"lea laakari\"@terveys.example")]
    [InlineData("Lea <lea@terveys.example>")]
    [InlineData("lea@terveys.e1")]
    public void IsStrict_NotHowAnAddressIsTyped_False(string address)
    {
        Assert.False(EmailAddresses.IsStrict(address));
    }

    [Fact]
    public void IsStrict_PastTheMaximumLength_False()
    {
        Assert.False(EmailAddresses.IsStrict(new string('a', 250) + "@x.fi"));
    }
}
