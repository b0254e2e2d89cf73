namespace TyokykyBot.Graph;

public sealed class TeamsAppOptions
{
    public const string Section = "Teams";

    /// <summary>
    /// The app's id in the organisation's app catalog (Graph <c>teamsApp.id</c>), which differs from
    /// the manifest id and the bot id: Graph installs only catalog apps.
    /// </summary>
    public string CatalogAppId { get; set; } = "";
}
