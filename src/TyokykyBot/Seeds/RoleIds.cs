namespace TyokykyBot.Seeds;

/// <summary>The role ids code relies on; roles.json must define each of them.</summary>
public static class RoleIds
{
    public const string Employee = "employee";
    public const string Supervisor = "supervisor";
    public const string OhPhysician = "oh-physician";
    public const string OhNurse = "oh-nurse";
    public const string Hr = "hr";
    public const string ShopSteward = "shop-steward";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
        [Employee, Supervisor, OhPhysician, OhNurse, Hr, ShopSteward, Other];
}
