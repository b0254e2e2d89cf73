namespace TyokykyBot.People;

public enum DirectoryProvider
{
    /// <summary>The demo directory of the seed files.</summary>
    Seed,

    /// <summary>Microsoft Entra ID through Microsoft Graph, as the bot's own identity (needs <c>Graph:Enabled</c>).</summary>
    Graph,
}
