using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.Seeds;

namespace TyokykyBot.Tests.Seeds;

/// <summary>A copy of the real seeds in a temp folder named "seeds", for breaking one rule at a time.</summary>
internal sealed class SeedTestFolder : IDisposable
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tyokyky-seeds-" + Guid.NewGuid().ToString("N"));

    public SeedTestFolder()
    {
        Folder = Path.Combine(_root, SeedFolder.Name);
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.GetFiles(RealFolder, "*.json"))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    /// <summary>The copy the build puts beside the test binaries (which also proves the csproj copies it).</summary>
    public static string RealFolder { get; } = Path.Combine(AppContext.BaseDirectory, SeedFolder.Name);

    public string Folder { get; }

    public void Edit(string file, Action<JsonObject> edit)
    {
        var path = Path.Combine(Folder, file);
        var root = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(root);
        File.WriteAllText(path, root.ToJsonString(Indented));
    }

    /// <summary>Edits the entry of <paramref name="file"/> whose id is <paramref name="id"/>.</summary>
    public void EditItem(string file, string id, Action<JsonObject> edit) =>
        Edit(file, root => edit(Items(root).Single(i => (string?)i!["id"] == id)!.AsObject()));

    public void Write(string file, string text) => File.WriteAllText(Path.Combine(Folder, file), text);

    public void Delete(string file) => File.Delete(Path.Combine(Folder, file));

    public string LoadFailure() => Assert.Throws<SeedLoadException>(() => SeedLoader.Load(Folder)).Message;

    public static JsonArray Items(JsonObject root) => root["items"]!.AsArray();

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
