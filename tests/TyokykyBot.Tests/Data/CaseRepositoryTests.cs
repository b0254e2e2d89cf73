using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Data.Protection;
using TyokykyBot.Tests.Data.Protection;
using TyokykyBot.Tests.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Data;

/// <summary>The store's behaviour, run on each provider by its subclasses.</summary>
public abstract class CaseRepositoryTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));
    private static readonly string Key = TestKeys.New();
    private readonly AesGcmFieldProtector _protector = TestKeys.Protector(Key);
    private readonly PersonPseudonyms _pseudonyms = TestKeys.Pseudonyms(Key);

    protected abstract TyokykyDbContext NewContext();

    [SkippableFact]
    public async Task FindAsync_AfterAddAndSave_SameCase()
    {
        var c = TestCases.Convened();
        TestCases.Consent(c, Now);
        await SaveNewAsync(c);

        await using var db = NewContext();
        var found = await Repository(db).FindAsync(c.Id, default);

        Assert.NotNull(found);
        Assert.Equal(c.ToSnapshot(), found.ToSnapshot());
        Assert.Equal(c.MemoRecipients().Select(p => p.Id), found.MemoRecipients().Select(p => p.Id));
    }

    [SkippableFact]
    public async Task Add_NewCase_ClearColumnsNeutralAndDataProtected()
    {
        var c = TestCases.Convened();
        await SaveNewAsync(c);

        await using var db = NewContext();
        var record = await db.Cases.SingleAsync(r => r.Id == c.Id);

        Assert.Equal((c.Code, TestCases.Tenant, "AwaitingConsent", 1), (record.Code, record.TenantId, record.State, record.Version));
        Assert.Equal(_time.GetUtcNow(), record.CreatedAt);
        Assert.StartsWith("v1.", record.ProtectedData);
        Assert.DoesNotContain("Eeva", record.ProtectedData);
    }

    [SkippableFact]
    public async Task FindByCodeAsync_CodeInLowerCase_FindsCase()
    {
        var c = TestCases.Convened();
        await SaveNewAsync(c);

        await using var db = NewContext();

        Assert.Equal(c.Id, (await Repository(db).FindByCodeAsync(" " + c.Code.ToLowerInvariant(), default))?.Id);
    }

    [SkippableFact]
    public async Task FindAsync_UnknownId_Null()
    {
        await using var db = NewContext();

        Assert.Null(await Repository(db).FindAsync(Guid.NewGuid(), default));
    }

    [SkippableFact]
    public async Task Update_ConsentRecorded_StateVersionAndOnlyNewAuditStored()
    {
        var c = TestCases.Convened();
        await SaveNewAsync(c);

        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var loaded = (await repository.FindAsync(c.Id, default))!;
            TestCases.Consent(loaded, Now.AddHours(1));
            repository.Update(loaded);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var record = await check.Cases.SingleAsync(r => r.Id == c.Id);
        Assert.Equal(("Scheduling", 2), (record.State, record.Version));
        Assert.Equal(["CaseConvened", "ConsentRecorded"], await AuditActionsAsync(check, c.Id));
        Assert.Equal(1, (await Repository(check).FindAsync(c.Id, default))!.LatestConsent?.Number);
    }

    [SkippableFact]
    public async Task Update_AfterAddInSameUnitOfWork_EachAuditEntryOnce()
    {
        var c = TestCases.Convened();
        await using (var db = NewContext())
        {
            var repository = Repository(db);
            repository.Add(c, TestCases.Tenant);
            TestCases.Consent(c, Now);
            repository.Update(c);
            repository.Update(c);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Equal(["CaseConvened", "ConsentRecorded"], await AuditActionsAsync(check, c.Id));
    }

    [SkippableFact]
    public async Task SaveChanges_StaleUpdate_ThrowsConcurrencyAndStoresNothingOfIt()
    {
        var c = TestCases.Convened();
        await SaveNewAsync(c);
        await using var first = NewContext();
        await using var second = NewContext();
        var firstRepository = Repository(first);
        var secondRepository = Repository(second);
        var firstCopy = (await firstRepository.FindAsync(c.Id, default))!;
        var secondCopy = (await secondRepository.FindAsync(c.Id, default))!;

        TestCases.Consent(firstCopy, Now.AddHours(1));
        firstRepository.Update(firstCopy);
        await first.SaveChangesAsync();
        secondCopy.Decline(Employee, Now.AddHours(2));
        secondRepository.Update(secondCopy);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        Assert.Equal(["CaseConvened", "ConsentRecorded"], await AuditActionsAsync(check, c.Id));
        Assert.Equal(CaseState.Scheduling, (await Repository(check).FindAsync(c.Id, default))!.State);
    }

    [SkippableFact]
    public async Task FindAsync_StoredBeforeMeetingFields_LoadsWithDefaultsAndBooks()
    {
        var c = TestCases.Convened();
        TestCases.Consent(c, Now);
        await SaveNewAsync(c);
        await using (var db = NewContext())
        {
            var record = await db.Cases.SingleAsync(r => r.Id == c.Id);
            record.ProtectedData = _protector.Protect(OldSnapshotJson.From(c.ToSnapshot()));
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var found = (await repository.FindAsync(c.Id, default))!;
            Assert.Equal(c.ToSnapshot(), found.ToSnapshot());
            Assert.Equal((null, 1, $"{c.Id:N}-r1"), (found.Meeting, found.ScheduleRevision, found.TransactionId));
            Assert.Equal(MeetingOutcome.Done, found.RecordBooking(Booking(), BookedAt));
            repository.Update(found);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Equal(Booking(), (await Repository(check).FindAsync(c.Id, default))!.Meeting);
        // The audit list such snapshots carried is already in the log: only the booking is added.
        Assert.Equal(["CaseConvened", "ConsentRecorded", "MeetingBooked"], await AuditActionsAsync(check, c.Id));
    }

    [SkippableFact]
    public async Task Update_MeetingRescheduledWithRolesAndConfirmation_AllReadBack()
    {
        var c = TestCases.Convened();
        TestCases.Consent(c, Now);
        await SaveNewAsync(c);
        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var loaded = (await repository.FindAsync(c.Id, default))!;
            loaded.RecordBooking(Booking(), BookedAt);
            loaded.RequestReschedule(Supervisor, Today.AddDays(20), Today.AddDays(30), Now.AddHours(1));
            loaded.SetRoles(Supervisor, IdOf(loaded, Supervisor), IdOf(loaded, HrPerson), Now.AddHours(2));
            loaded.ConfirmRemote(HrPerson, Now.AddHours(3));
            repository.Update(loaded);
            await db.SaveChangesAsync();
            c = loaded;
        }

        await using var check = NewContext();
        var found = (await Repository(check).FindAsync(c.Id, default))!;
        Assert.Equal(c.ToSnapshot(), found.ToSnapshot());
        Assert.Equal((CaseState.Scheduling, 2, Booking()), (found.State, found.ScheduleRevision, found.Meeting));
        Assert.Equal(HrPerson, found.Secretary!.Person);
        Assert.True(found.ConfirmedRemote(found.Secretary));
        Assert.Equal(
            ["CaseConvened", "ConsentRecorded", "MeetingBooked", "MeetingRescheduleRequested", "MeetingRolesSet", "RemoteConfirmed"],
            await AuditActionsAsync(check, c.Id));
    }

    [SkippableFact]
    public async Task Update_CaseNotLoadedHere_Throws()
    {
        await using var db = NewContext();

        Assert.Throws<InvalidOperationException>(() => Repository(db).Update(TestCases.Convened()));
    }

    [SkippableFact]
    public async Task RecordReadAsync_ThenSave_AuditRowWithActorAndCode()
    {
        var c = TestCases.Convened();
        await SaveNewAsync(c);
        await using (var db = NewContext())
        {
            await Repository(db).RecordReadAsync(c.Id, "aad-hr", "consent-card-viewed", default);
            Assert.Equal(["CaseConvened"], await AuditActionsAsync(db, c.Id));
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var read = await check.AuditLog.SingleAsync(a => a.CaseId == c.Id && a.Action == "consent-card-viewed");
        Assert.Equal(("aad-hr", "", _time.GetUtcNow()), (_protector.Unprotect(read.Actor), read.Detail, read.At));
    }

    [SkippableTheory]
    [InlineData("viewed topics: burnout")]
    [InlineData("Consent-Card")]
    [InlineData("")]
    public async Task RecordReadAsync_NotANeutralCode_Throws(string what)
    {
        await using var db = NewContext();

        await Assert.ThrowsAsync<ArgumentException>(() => Repository(db).RecordReadAsync(Guid.NewGuid(), "aad-hr", what, default));
    }

    [SkippableFact]
    public async Task FindAsync_RecordHoldingAnotherCasesData_Throws()
    {
        var (a, b) = (TestCases.Convened(), TestCases.Convened());
        await SaveNewAsync(a);
        await SaveNewAsync(b);
        await using (var db = NewContext())
        {
            var records = await db.Cases.Where(r => r.Id == a.Id || r.Id == b.Id).ToDictionaryAsync(r => r.Id);
            records[a.Id].ProtectedData = records[b.Id].ProtectedData;
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();

        await Assert.ThrowsAsync<InvalidDataException>(() => Repository(check).FindAsync(a.Id, default));
    }

    [SkippableFact]
    public async Task FindAsync_StoredWithAnotherKey_ThrowsNamingKey()
    {
        var c = TestCases.Convened();
        await SaveNewAsync(c);
        await using var db = NewContext();
        var otherKey = TestKeys.Protector(TestKeys.New());

        var error = await Assert.ThrowsAsync<CryptographicException>(() => new CaseRepository(db, otherKey, _pseudonyms, _time).FindAsync(c.Id, default));

        Assert.DoesNotContain("Eeva", error.Message);
    }

    private CaseRepository Repository(TyokykyDbContext db) => new(db, _protector, _pseudonyms, _time);

    private async Task SaveNewAsync(Case c)
    {
        await using var db = NewContext();
        Repository(db).Add(c, TestCases.Tenant);
        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> AuditActionsAsync(TyokykyDbContext db, Guid caseId) =>
        (await db.AuditLog.Where(a => a.CaseId == caseId).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
}
