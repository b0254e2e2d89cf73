namespace TyokykyBot.Seeds;

/// <summary>Collects every problem before failing, so one start-up shows all that needs fixing.</summary>
internal sealed class SeedProblems(string folder)
{
    private readonly List<string> _problems = [];
    private readonly string _folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));

    public bool Any => _problems.Count > 0;

    public void Add(string file, string problem) => _problems.Add($"{_folderName}/{file}: {problem}");

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new SeedLoadException(folder, _problems.ToArray());
        }
    }
}
