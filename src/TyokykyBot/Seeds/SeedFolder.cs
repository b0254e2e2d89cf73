namespace TyokykyBot.Seeds;

/// <summary>Finds the seed folder when none is configured.</summary>
public static class SeedFolder
{
    public const string Name = "seeds";

    public static string Resolve(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured, contentRoot);
        }

        // The binaries first: a published app carries its own copy, which must win over any
        // checkout that happens to lie above the working directory.
        return Find(AppContext.BaseDirectory) ?? Find(contentRoot) ?? throw new InvalidOperationException(
            $"No '{Name}' folder with {SeedFileNames.ConsentTopics} was found above {AppContext.BaseDirectory} " +
            $"or {contentRoot}. Set {SeedOptions.Section}:Folder (e.g. {SeedOptions.Section}__Folder=/app/seeds).");
    }

    /// <summary>The nearest <c>seeds</c> folder at or above <paramref name="start"/>, or null.</summary>
    public static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, Name);
            if (File.Exists(Path.Combine(candidate, SeedFileNames.ConsentTopics)))
            {
                return candidate;
            }
        }

        return null;
    }
}
