namespace TyokykyBot.BotFramework.Tests;

public class LogSafeTests
{
    [Theory]
    [InlineData("a\r\nb", "a\\r\\nb")]
    [InlineData("a\u2028b\u2029c", "a\\u2028b\\u2029c")]
    [InlineData("tab\there", "tab\\there")]
    [InlineData("nul\0esc\u001bdel\u007fnel\u0085", "nul\\u0000esc\\u001Bdel\\u007Fnel\\u0085")]
    public void Escape_ControlCharacters_WrittenAsEscapes(string value, string expected)
    {
        Assert.Equal(expected, LogSafe.Escape(value));
    }

    [Theory]
    [InlineData("https://api.botframework.com")]
    [InlineData("Työkyky Åbo \\n already an escape")]
    public void Escape_PlainValue_ReturnedUnchanged(string value)
    {
        Assert.Same(value, LogSafe.Escape(value));
    }

    [Fact]
    public void Escape_Null_Null()
    {
        Assert.Null(LogSafe.Escape(null));
    }
}
