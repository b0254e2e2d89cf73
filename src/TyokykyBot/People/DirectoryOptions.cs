using TyokykyBot.Seeds;

namespace TyokykyBot.People;

public sealed class DirectoryOptions
{
    public const string Section = "Directory";

    /// <summary>Seed (the demo directory, default) or Graph.</summary>
    public DirectoryProvider Provider { get; set; } = DirectoryProvider.Seed;

    /// <summary>
    /// With the Graph provider: role id (roles.json, or <see cref="DirectoryRoleIds"/>) → the object
    /// id of the Entra group whose members (nested groups included) can take the role. A role with
    /// no group here has nobody listed for it; a <see cref="DirectoryRoleIds.HealthDataHandler"/>
    /// group, even an empty one, means only its members are shown health detail.
    /// </summary>
    public Dictionary<string, string> Groups { get; set; } = new(StringComparer.Ordinal);

    /// <summary>How long a person, a search or a group's members are kept before Graph is asked again.</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The role ids a group can be configured for: every case role but the employee's, and the directory's own.</summary>
    public static IReadOnlyList<string> GroupRoles { get; } =
        [.. RoleIds.All.Where(r => r != RoleIds.Employee), .. DirectoryRoleIds.All];

    internal static bool GroupsAreValid(DirectoryOptions options) =>
        options.Groups.All(g => GroupRoles.Contains(g.Key, StringComparer.Ordinal) && Guid.TryParse(g.Value, out _));
}
