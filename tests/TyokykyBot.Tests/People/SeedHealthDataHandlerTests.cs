using TyokykyBot.People;
using TyokykyBot.Seeds;
using TyokykyBot.Tests.Seeds;
using static TyokykyBot.Tests.People.DirectoryFixture;

namespace TyokykyBot.Tests.People;

public sealed class SeedHealthDataHandlerTests : IDisposable
{
    private readonly SeedTestFolder _seeds = new();

    [Fact]
    public async Task IsHealthDataHandlerAsync_NobodyMarked_NoDesignation()
    {
        Assert.Null(await Dir.IsHealthDataHandlerAsync(Johanna, default));
        Assert.Null(await Dir.IsHealthDataHandlerAsync(Sanna, default));
    }

    [Fact]
    public async Task IsHealthDataHandlerAsync_OneMarked_OnlyThatPersonIs()
    {
        _seeds.EditItem(SeedFileNames.DemoDirectory, "johanna-heikkinen", p => p["roles"]!.AsArray().Add(DirectoryRoleIds.HealthDataHandler));
        var directory = new SeedPeopleDirectory(SeedLoader.Load(_seeds.Folder));

        Assert.True(await directory.IsHealthDataHandlerAsync(Johanna, default));
        Assert.False(await directory.IsHealthDataHandlerAsync(Sanna, default));
        Assert.False(await directory.IsHealthDataHandlerAsync("not-in-the-directory", default));
    }

    public void Dispose() => _seeds.Dispose();
}
