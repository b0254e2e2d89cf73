namespace TyokykyBot.Seeds;

public sealed class SeedOptions
{
    public const string Section = "Seeds";

    /// <summary>
    /// The seed folder, absolute or relative to the content root. Empty: the nearest <c>seeds</c>
    /// folder above the app's binaries, then above the content root.
    /// </summary>
    public string? Folder { get; set; }
}
