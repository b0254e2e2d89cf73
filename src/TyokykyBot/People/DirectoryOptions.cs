namespace TyokykyBot.People;

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>Seed (the demo directory, default); a Graph provider comes with the Graph seam.</summary>
    public DirectoryProvider Provider { get; set; } = DirectoryProvider.Seed;
}
