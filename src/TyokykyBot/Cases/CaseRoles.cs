namespace TyokykyBot.Cases;

public static class CaseRoles
{
    /// <summary>The core group attends without any consent beyond the case itself.</summary>
    public static bool IsCore(this CaseRole role) =>
        role is CaseRole.Employee or CaseRole.Supervisor || role.IsOccupationalHealth();

    public static bool IsOccupationalHealth(this CaseRole role) =>
        role is CaseRole.OhPhysician or CaseRole.OhNurse;

    public static bool MayConvene(this CaseRole role) =>
        role is CaseRole.Employee or CaseRole.Supervisor or CaseRole.Hr || role.IsOccupationalHealth();

    /// <summary>The convener may propose these beyond the core; they attend only with consent.</summary>
    public static bool MayBeProposed(this CaseRole role) =>
        role is CaseRole.Hr or CaseRole.Other;
}
