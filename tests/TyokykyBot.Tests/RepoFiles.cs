namespace TyokykyBot.Tests;

/// <summary>Paths in the repository, found from the test binaries upwards.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "TyokykyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TyokykyBot.sln above {AppContext.BaseDirectory}.");
    }
}
