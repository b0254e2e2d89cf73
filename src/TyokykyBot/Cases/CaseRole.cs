namespace TyokykyBot.Cases;

public enum CaseRole
{
    Employee,
    Supervisor,
    OhPhysician,
    OhNurse,
    Hr,
    ShopSteward,
    Other,
}
