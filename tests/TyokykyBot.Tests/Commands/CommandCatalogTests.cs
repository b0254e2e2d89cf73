using TyokykyBot.Commands;

namespace TyokykyBot.Tests.Commands;

public class CommandCatalogTests
{
    [Theory]
    [InlineData("/neuvottelu", CommandId.Convene)]
    [InlineData("neuvottelu", CommandId.Convene)]
    [InlineData("NEUVOTTELU", CommandId.Convene)]
    [InlineData("/Neuvottelu ", CommandId.Convene)]
    [InlineData("apua", CommandId.Help)]
    [InlineData("Apua", CommandId.Help)]
    [InlineData("help", CommandId.Help)]
    [InlineData("/HELP", CommandId.Help)]
    [InlineData("hjälp", CommandId.Help)]
    [InlineData("kieli sv", CommandId.Language)]
    [InlineData("språk en", CommandId.Language)]
    public void Parse_KnownWord_FindsCommand(string text, CommandId expected)
    {
        Assert.Equal(expected, CommandCatalog.Parse(text)?.Command.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("hei")]
    [InlineData("apuaa")]
    [InlineData("neuvottelut")]
    public void Parse_UnknownWord_ReturnsNull(string text)
    {
        Assert.Null(CommandCatalog.Parse(text));
    }

    [Fact]
    public void Parse_WordWithArgument_SplitsArgument()
    {
        var parsed = CommandCatalog.Parse("kieli   Svenska ");

        Assert.Equal("Svenska", parsed?.Argument);
    }

    [Fact]
    public void All_WordsAreUniqueAcrossCommands()
    {
        var words = CommandCatalog.All.SelectMany(c => c.Words).Select(w => w.ToLowerInvariant()).ToList();

        Assert.Equal(words.Count, words.Distinct().Count());
    }
}
