using TyokykyBot.Cases;
using TyokykyBot.Seeds;

namespace TyokykyBot.People;

/// <summary>Between the role ids of roles.json and the case's own roles.</summary>
public static class CaseRoleIds
{
    public static string ToRoleId(this CaseRole role) => role switch
    {
        CaseRole.Employee => RoleIds.Employee,
        CaseRole.Supervisor => RoleIds.Supervisor,
        CaseRole.OhPhysician => RoleIds.OhPhysician,
        CaseRole.OhNurse => RoleIds.OhNurse,
        CaseRole.Hr => RoleIds.Hr,
        CaseRole.ShopSteward => RoleIds.ShopSteward,
        _ => RoleIds.Other,
    };

    public static CaseRole? ToCaseRole(string? roleId) => roleId?.Trim() switch
    {
        RoleIds.Employee => CaseRole.Employee,
        RoleIds.Supervisor => CaseRole.Supervisor,
        RoleIds.OhPhysician => CaseRole.OhPhysician,
        RoleIds.OhNurse => CaseRole.OhNurse,
        RoleIds.Hr => CaseRole.Hr,
        RoleIds.ShopSteward => CaseRole.ShopSteward,
        RoleIds.Other => CaseRole.Other,
        _ => null,
    };

    /// <summary>The role's label from the seeds, in the given language ("fi", "sv", "en").</summary>
    public static string Label(this SeedCatalog seeds, CaseRole role, string languageCode) =>
        seeds.FindRole(role.ToRoleId())?.Label.Get(languageCode) ?? role.ToString();
}
