namespace TyokykyBot.Seeds;

/// <summary>The seed data is missing or invalid; each problem names its file.</summary>
public sealed class SeedLoadException(string folder, IReadOnlyList<string> problems)
    : Exception(string.Join(Environment.NewLine, problems) + $"{Environment.NewLine}(seed folder: {folder})")
{
    public string Folder { get; } = folder;

    public IReadOnlyList<string> Problems { get; } = problems;
}
