using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

/// <summary>Rules about files as a whole: present, valid JSON, known fields, an "about", entries.</summary>
public sealed class SeedLoaderFileTests : IDisposable
{
    private readonly SeedTestFolder _seeds = new();

    [Fact]
    public void Load_CopyOfRealSeeds_Succeeds()
    {
        Assert.NotEmpty(SeedLoader.Load(_seeds.Folder).ConsentTopics);
    }

    [Fact]
    public void Load_MissingFile_NamesFile()
    {
        _seeds.Delete(SeedFileNames.Forums);

        Assert.Contains("seeds/forums.json: file not found", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_InvalidJson_ReportsFileLineAndPosition()
    {
        _seeds.Write(SeedFileNames.Roles, "{\n  \"about\": \"x\",\n  \"items\": [ { \"id\": \"employee\", } oops ]\n}");

        var message = _seeds.LoadFailure();

        Assert.Contains("seeds/roles.json: invalid JSON at line 3, position ", message);
    }

    [Fact]
    public void Load_UnknownProperty_IsRejectedWithItsPath()
    {
        _seeds.EditItem(SeedFileNames.ConsentTopics, "working-time", t => t["defaultOn"] = true);

        var message = _seeds.LoadFailure();

        Assert.Contains("seeds/consent-topics.json: invalid JSON", message);
        Assert.Contains("defaultOn", message);
    }

    [Fact]
    public void Load_UnknownPhase_IsRejectedAsInvalidJson()
    {
        _seeds.EditItem(SeedFileNames.AgendaChecklist, "listen", i => i["phase"] = "afterwards");

        Assert.Contains("seeds/agenda-checklist.json: invalid JSON", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_MissingAbout_NamesFile()
    {
        _seeds.Edit(SeedFileNames.Forums, root => root.Remove("about"));

        Assert.Contains("seeds/forums.json: has no \"about\"", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_EmptyItems_NamesFile()
    {
        _seeds.Edit(SeedFileNames.AgendaChecklist, root => SeedTestFolder.Items(root).Clear());

        Assert.Contains("seeds/agenda-checklist.json: has no items", _seeds.LoadFailure());
    }

    [Fact]
    public void Load_TwoBrokenFiles_ReportsBoth()
    {
        _seeds.Delete(SeedFileNames.Forums);
        _seeds.Write(SeedFileNames.Roles, "[");

        var message = _seeds.LoadFailure();

        Assert.Contains("seeds/forums.json", message);
        Assert.Contains("seeds/roles.json", message);
    }

    public void Dispose() => _seeds.Dispose();
}
