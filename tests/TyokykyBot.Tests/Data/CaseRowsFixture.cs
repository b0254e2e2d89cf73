using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Tests.Data.Protection;

namespace TyokykyBot.Tests.Data;

/// <summary>What the memo and action store tests share: one key, one clock, a stored case to hang rows on.</summary>
public abstract class CaseRowsFixture
{
    protected static readonly string Key = TestKeys.New();

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 9, 8, 0, 0, TimeSpan.Zero));

    protected AesGcmFieldProtector Protector { get; } = TestKeys.Protector(Key);

    protected PersonPseudonyms Pseudonyms { get; } = TestKeys.Pseudonyms(Key);

    protected abstract TyokykyDbContext NewContext();

    protected async Task<Case> StoredCaseAsync()
    {
        var c = TestCases.Convened();
        TestCases.Consent(c, Time.GetUtcNow());
        await using var db = NewContext();
        new CaseRepository(db, Protector, Pseudonyms, Time).Add(c, TestCases.Tenant);
        await db.SaveChangesAsync();
        return c;
    }

    protected async Task<CaseRecord> CaseRowAsync(Guid caseId)
    {
        await using var db = NewContext();
        return db.Cases.Single(r => r.Id == caseId);
    }
}
