using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Commands;
using TyokykyBot.Tests.Integration;

namespace TyokykyBot.Tests.AppPackage;

public class ManifestCommandTests
{
    /// <summary>The commands the features register in the app as it runs.</summary>
    private static readonly string[] Catalog = RegisteredCommands();

    private static string[] RegisteredCommands()
    {
        using var app = new TyokykyApp();
        return [.. app.Services.GetRequiredService<CommandCatalog>().All.Select(c => c.Name)];
    }

    [Fact]
    public void Manifest_EveryCommandList_HasExactlyTheCatalogsCommands()
    {
        var lists = AppPackageFiles.Manifest["bots"]![0]!["commandLists"]!.AsArray();

        Assert.NotEmpty(lists);
        Assert.All(lists, list => Assert.Equal(Catalog, list!["commands"]!.AsArray().Select(c => (string?)c!["title"])));
    }

    [Fact]
    public void Manifest_CommandLists_OneForEachScopeOfTheBot()
    {
        var bot = AppPackageFiles.Manifest["bots"]![0]!;

        var listScopes = bot["commandLists"]!.AsArray().SelectMany(l => l!["scopes"]!.AsArray().Select(s => (string?)s));

        Assert.Equal(bot["scopes"]!.AsArray().Select(s => (string?)s).Order(), listScopes.Order());
    }

    [Fact]
    public void Manifest_EveryCommand_HasAFinnishDescription()
    {
        var commands = AppPackageFiles.Manifest["bots"]![0]!["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray());

        Assert.All(commands, c => Assert.False(string.IsNullOrWhiteSpace((string?)c!["description"])));
    }

    [Theory]
    [InlineData("sv.json")]
    [InlineData("en.json")]
    public void LocalizationFile_DescribesEveryCommandAndRenamesNone(string file)
    {
        var strings = AppPackageFiles.Localization(file);
        var lists = AppPackageFiles.Manifest["bots"]![0]!["commandLists"]!.AsArray().Count;

        for (var list = 0; list < lists; list++)
        {
            for (var command = 0; command < Catalog.Length; command++)
            {
                var key = $"bots[0].commandLists[{list}].commands[{command}]";
                Assert.False(string.IsNullOrWhiteSpace((string?)strings[key + ".description"]), $"{file}: {key}.description");
                // The router reads the catalog's word in every language: a translated title would be a command it does not know.
                if (strings[key + ".title"] is { } title)
                {
                    Assert.Equal(Catalog[command], (string?)title);
                }
            }
        }
    }
}
