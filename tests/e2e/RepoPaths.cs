namespace TyokykyBot.E2E;

internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration this test assembly was built in (bin/&lt;config&gt;/net10.0).</summary>
    public static string Configuration { get; } =
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string BotDll => Path.Combine(Root, "src", "TyokykyBot", "bin", Configuration, "net10.0", "TyokykyBot.dll");

    public static string Playground => Path.Combine(Root, "node_modules", ".bin", "agentsplayground");

    public static string ResultsDirectory
    {
        get
        {
            var dir = Environment.GetEnvironmentVariable("TYOKYKY_TEST_RESULTS") is { Length: > 0 } fromEnv
                ? fromEnv
                : Path.Combine(Root, "TestResults");
            return Directory.CreateDirectory(Path.Combine(dir, "e2e")).FullName;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TyokykyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No TyokykyBot.sln above {AppContext.BaseDirectory}.");
    }
}
