using TyokykyBot.Cases;

namespace TyokykyBot.Tests.Cases;

public class ValueListTests
{
    [Fact]
    public void Equals_SameItemsInOrder_EqualWithSameHash()
    {
        ValueList<string> a = ["a", "b"];
        ValueList<string> b = [.. new List<string> { "a", "b" }];

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
    }

    [Theory]
    [InlineData("b,a")]
    [InlineData("a")]
    [InlineData("a,b,c")]
    [InlineData("")]
    public void Equals_OtherItemsOrOrder_NotEqual(string items)
    {
        ValueList<string> other = [.. items.Split(',', StringSplitOptions.RemoveEmptyEntries)];

        Assert.NotEqual(["a", "b"], other);
    }

    [Fact]
    public void RecordHoldingIt_EqualByItems()
    {
        var first = new MemoTopic("t", "s");
        var content = MemoContent.Empty with { AttendeeIds = [Guid.Empty], Topics = [first], Decisions = "y" };

        Assert.Equal(content, content with { Topics = [new MemoTopic("t", "s")] });
        Assert.NotEqual(content, content with { Topics = [new MemoTopic("t", "other")] });
    }

    [Fact]
    public void From_Null_Empty() => Assert.Same(ValueList<int>.Empty, ValueList.From<int>(null));
}
