using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

public sealed class SeedServiceExtensionsTests : IDisposable
{
    private readonly SeedTestFolder _seeds = new();

    [Fact]
    public void AddSeeds_ConfiguredFolder_RegistersOneCatalogFromIt()
    {
        var builder = Builder(_seeds.Folder);

        builder.AddSeeds();
        using var host = builder.Build();

        var catalog = host.Services.GetRequiredService<SeedCatalog>();
        Assert.Same(catalog, host.Services.GetRequiredService<SeedCatalog>());
        Assert.Equal(Path.GetFullPath(_seeds.Folder), catalog.Folder);
        Assert.Equal(catalog.Folder, host.Services.GetRequiredService<IOptions<SeedOptions>>().Value.Folder);
    }

    [Fact]
    public async Task AddSeeds_BrokenFile_WaitingForTheSeedsThrows()
    {
        _seeds.Write(SeedFileNames.ConsentTopics, "{");
        var builder = Builder(_seeds.Folder);

        builder.AddSeeds();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<SeedLoadException>(() => host.Services.WaitForSeedsAsync());
        Assert.Contains("seeds/consent-topics.json", error.Message);
        Assert.Throws<SeedLoadException>(() => host.Services.GetRequiredService<SeedCatalog>());
    }

    [Fact]
    public void AddSeeds_NoFolderConfigured_FindsTheCopyBesideTheBinaries()
    {
        var builder = Builder(folder: null);

        builder.AddSeeds();
        using var host = builder.Build();

        Assert.Equal(
            Path.GetFullPath(SeedTestFolder.RealFolder),
            host.Services.GetRequiredService<SeedCatalog>().Folder);
    }

    [Fact]
    public void Resolve_RelativeFolder_IsTakenFromContentRoot()
    {
        var root = Path.GetDirectoryName(_seeds.Folder)!;

        Assert.Equal(_seeds.Folder, SeedFolder.Resolve("seeds", root));
    }

    [Fact]
    public void Find_NoSeedsAbove_ReturnsNull()
    {
        Assert.Null(SeedFolder.Find(Path.GetPathRoot(Path.GetTempPath())!));
    }

    private static HostApplicationBuilder Builder(string? folder)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = Path.GetTempPath(),
        });
        if (folder is not null)
        {
            builder.Configuration[$"{SeedOptions.Section}:Folder"] = folder;
        }

        return builder;
    }

    public void Dispose() => _seeds.Dispose();
}
