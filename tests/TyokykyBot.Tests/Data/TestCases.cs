using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Data;

internal static class TestCases
{
    public const string Tenant = "tenant-1";

    /// <summary>A new id each time: the store's code index is unique and a PostgreSQL database is shared by a class.</summary>
    public static Case Convened() => Case.Convene(Request(), Guid.NewGuid(), Now).Case!;

    public static void Consent(Case c, DateTimeOffset at) =>
        Assert.True(c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { ShopSteward = Steward, MemoToShopSteward = true }, at).Succeeded);
}
