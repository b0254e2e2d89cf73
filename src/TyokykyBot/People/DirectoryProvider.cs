namespace TyokykyBot.People;

public enum DirectoryProvider
{
    /// <summary>The demo directory of the seed files.</summary>
    Seed,
}
