namespace TyokykyBot.Seeds;

/// <summary>
/// The directory's roles beyond the case roles of roles.json: the employer's own designations,
/// which no case card offers. A person can hold them in the seed directory or through an Entra
/// group (<c>Directory:Groups:&lt;id&gt;</c>).
/// </summary>
public static class DirectoryRoleIds
{
    /// <summary>Designated by the employer to process health data (Act on the Protection of Privacy in Working Life, 5 §).</summary>
    public const string HealthDataHandler = "health-data-handler";

    /// <summary>Follows the agreed actions in the tracker channel.</summary>
    public const string Tracking = "tracking";

    /// <summary>Looks after the bot (settings, the catalog app, the role groups).</summary>
    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [HealthDataHandler, Tracking, Administrator];
}
