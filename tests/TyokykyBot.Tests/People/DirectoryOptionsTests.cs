using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TyokykyBot.People;
using TyokykyBot.Tests.People.Graph;

namespace TyokykyBot.Tests.People;

public class DirectoryOptionsTests
{
    private static DirectoryOptions Bind(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.AddPeopleDirectory().BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DirectoryOptions>>().Value;
    }

    [Fact]
    public void Validate_GraphProviderWithoutGraph_RefusedWithWhatToSet()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { ["Directory:Provider"] = "Graph" }));

        Assert.Contains("Directory:Provider=Graph needs Graph:Enabled=true", error.Message);
    }

    [Theory]
    [InlineData("Directory:Groups:ceo", "0f1e2d3c-4b5a-4968-8776-655443322110")]
    [InlineData("Directory:Groups:employee", "0f1e2d3c-4b5a-4968-8776-655443322110")]
    [InlineData("Directory:Groups:oh-nurse", "OH nurses")]
    public void Validate_GroupForAnUnknownRoleOrNotAnId_Refused(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Bind(new() { [key] = value }));

        Assert.Contains("Directory:Groups:<role id>", error.Message);
    }

    [Fact]
    public void Validate_GraphProviderWithGraphAndGroups_Accepted()
    {
        var options = Bind(new()
        {
            ["Directory:Provider"] = "Graph",
            ["Graph:Enabled"] = "true",
            ["Directory:Groups:health-data-handler"] = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
            ["Directory:Groups:shop-steward"] = "0f1e2d3c-4b5a-4968-8776-655443322110",
        });

        Assert.Equal(DirectoryProvider.Graph, options.Provider);
        Assert.Equal(2, options.Groups.Count);
    }

    [Fact]
    public void AddPeopleDirectory_GraphProvider_ResolvesTheGraphDirectory()
    {
        using var host = new GraphDirectoryHost();

        Assert.IsType<GraphPeopleDirectory>(host.Directory);
    }
}
