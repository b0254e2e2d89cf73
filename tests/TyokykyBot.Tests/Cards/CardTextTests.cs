using TyokykyBot.Cards;

namespace TyokykyBot.Tests.Cards;

public class CardTextTests
{
    [Fact]
    public void Name_AtTheLimit_Unchanged()
    {
        var name = new string('a', CardText.MaxName);

        Assert.Equal(name, CardText.Name(name));
    }

    [Fact]
    public void Name_Longer_CutToTheLimitWithAnEllipsis()
    {
        var shown = CardText.Name("Aino " + new string('ä', 300));

        Assert.Equal(CardText.MaxName, shown.Length);
        Assert.EndsWith("…", shown);
        Assert.StartsWith("Aino ää", shown);
    }

    [Fact]
    public void Shorten_CutInsideASurrogatePair_KeepsThePairWhole()
    {
        var text = "abc😀def";

        var shown = CardText.Shorten(text, 5);

        Assert.Equal("abc…", shown);
    }
}
