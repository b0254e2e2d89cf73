using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Commands;
using TyokykyBot.Convening;
using TyokykyBot.Help;
using TyokykyBot.Preferences;

namespace TyokykyBot.Tests.Commands;

public class CommandCatalogTests
{
    private static readonly CommandCatalog Catalog = new ServiceCollection()
        .AddCommandHandler<ConveneCommandHandler>()
        .AddCommandHandler<HelpCommandHandler>()
        .AddCommandHandler<LanguageCommandHandler>()
        .BuildServiceProvider()
        .GetRequiredService<CommandCatalog>();

    [Theory]
    [InlineData("/neuvottelu", "neuvottelu")]
    [InlineData("neuvottelu", "neuvottelu")]
    [InlineData("NEUVOTTELU", "neuvottelu")]
    [InlineData("/Neuvottelu ", "neuvottelu")]
    [InlineData("apua", "apua")]
    [InlineData("Apua", "apua")]
    [InlineData("help", "apua")]
    [InlineData("/HELP", "apua")]
    [InlineData("hjälp", "apua")]
    [InlineData("kieli sv", "kieli")]
    [InlineData("språk en", "kieli")]
    public void Parse_KnownWord_FindsCommand(string text, string expected)
    {
        Assert.Equal(expected, Catalog.Parse(text)?.Command.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    [InlineData("hei")]
    [InlineData("apuaa")]
    [InlineData("neuvottelut")]
    public void Parse_UnknownWord_ReturnsNull(string text)
    {
        Assert.Null(Catalog.Parse(text));
    }

    [Fact]
    public void Parse_WordWithArgument_SplitsArgument()
    {
        var parsed = Catalog.Parse("kieli   Svenska ");

        Assert.Equal("Svenska", parsed?.Argument);
    }

    [Fact]
    public void All_InRegistrationOrder()
    {
        Assert.Equal(["neuvottelu", "apua", "kieli"], Catalog.All.Select(c => c.Name));
    }
}
