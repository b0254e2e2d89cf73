using TyokykyBot.Cases;
using TyokykyBot.People;
using TyokykyBot.Seeds;

namespace TyokykyBot.Convening;

/// <summary>The roles a convener may take: the convening roles the directory gives them.</summary>
public static class ConvenerRoles
{
    /// <summary>In the order the card offers them; the first is preselected.</summary>
    private static readonly string[] Preference =
        [RoleIds.Supervisor, RoleIds.OhPhysician, RoleIds.OhNurse, RoleIds.Hr, RoleIds.Employee];

    public static IReadOnlyList<string> For(DirectoryPerson? convener) =>
        convener is null
            ? []
            : [.. Preference.Where(id => convener.CanTake(id) && CaseRoleIds.ToCaseRole(id) is { } role && role.MayConvene())];

    public static async Task<IReadOnlyList<string>> ForAsync(
        IPeopleDirectory directory, string? convenerAadObjectId, CancellationToken cancellationToken) =>
        For(string.IsNullOrWhiteSpace(convenerAadObjectId)
            ? null
            : await directory.FindByAadObjectIdAsync(convenerAadObjectId, cancellationToken));
}
