using Microsoft.EntityFrameworkCore;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Tests.Data.Protection;

namespace TyokykyBot.Tests.Data;

/// <summary>The action store's behaviour, run on each provider by its subclasses.</summary>
public abstract class ActionRepositoryTests : CaseRowsFixture
{
    /// <summary>One per test: a PostgreSQL database is shared by the class.</summary>
    private readonly string _owner = "aad-owner-" + Guid.NewGuid().ToString("N");
    private static readonly DateOnly Due = new(2026, 4, 1);

    [SkippableFact]
    public async Task FindAsync_AfterAddAndSave_SameActionOwnerPseudonymisedTextProtected()
    {
        var c = await StoredCaseAsync();
        var action = Agree(c, "Hankitaan sähköpöytä", _owner, Due);
        await SaveNewAsync(action);

        await using var check = NewContext();
        Assert.Equal(action with { Revision = 1 }, await Repository(check).FindAsync(action.Id, default));
        var record = await check.Actions.SingleAsync(r => r.Id == action.Id);
        Assert.Equal((Pseudonyms.Of(_owner), "Open", Due, 1), (record.OwnerKey, record.State, record.DueOn, record.RowVersion));
        Assert.DoesNotContain(_owner, record.ProtectedOwner);
        Assert.DoesNotContain("sähköpöytä", record.ProtectedContent);
        Assert.DoesNotContain("Kalusteet", record.ProtectedContent);
    }

    [SkippableFact]
    public async Task OpenOfOwnerAsync_AcrossCases_OnlyTheirOpenOnesByDueDate()
    {
        var (c1, c2) = (await StoredCaseAsync(), await StoredCaseAsync());
        var later = Agree(c1, "myöhempi", _owner, Due.AddDays(10));
        var sooner = Agree(c2, "aiempi", _owner, Due);
        var done = Agree(c1, "tehty", _owner, Due.AddDays(-5)) with { State = AgreedActionState.Done };
        var someoneElses = Agree(c1, "toisen", "aad-hr-owner", Due);
        await SaveNewAsync(later, sooner, done, someoneElses);

        await using var check = NewContext();

        Assert.Equal([sooner.Id, later.Id], (await Repository(check).OpenOfOwnerAsync(_owner, default)).Select(a => a.Id));
        Assert.Equal(4, (await Repository(check).OfCaseAsync(c1.Id, default)).Count + (await Repository(check).OfCaseAsync(c2.Id, default)).Count);
    }

    [SkippableFact]
    public async Task OpenOfOwnerAsync_StoredUnderPreviousKey_Found()
    {
        var c = await StoredCaseAsync();
        var action = Agree(c, "vanha avain", _owner, Due);
        await SaveNewAsync(action);
        var newKey = TestKeys.New();
        await using var db = NewContext();
        var rotated = new ActionRepository(db, TestKeys.Protector(newKey, Key), TestKeys.Pseudonyms(newKey, Key), Time);

        var found = Assert.Single(await rotated.OpenOfOwnerAsync(_owner, default));

        Assert.Equal(action.Id, found.Id);
        Assert.Equal(_owner, found.OwnerId);
    }

    [SkippableFact]
    public async Task OpenDueByAsync_Day_OpenActionsDueThenOrBefore()
    {
        var c = await StoredCaseAsync();
        var overdue = Agree(c, "myöhässä", _owner, Due.AddDays(-3));
        var today = Agree(c, "tänään", _owner, Due);
        var tomorrow = Agree(c, "huomenna", _owner, Due.AddDays(1));
        var cancelled = Agree(c, "peruttu", _owner, Due.AddDays(-1)) with { State = AgreedActionState.Cancelled };
        await SaveNewAsync(overdue, today, tomorrow, cancelled);

        await using var check = NewContext();

        var due = (await Repository(check).OpenDueByAsync(Due, default)).Where(a => a.CaseId == c.Id);
        Assert.Equal([overdue.Id, today.Id], due.Select(a => a.Id));
    }

    [SkippableFact]
    public async Task Update_PostponedWithNoteAndNewOwner_ReadBackCaseUntouched()
    {
        var c = await StoredCaseAsync();
        var action = Agree(c, "siirtyy", _owner, Due);
        await SaveNewAsync(action);
        var caseBefore = await CaseRowAsync(c.Id);
        var note = new ActionNote(c.Participants[0].Id, Time.GetUtcNow(), "Toimittaja myöhässä");

        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var loaded = (await repository.FindAsync(action.Id, default))!;
            var updated = repository.Update(loaded with { DueOn = Due.AddDays(14), OwnerId = "aad-hr-owner", Content = loaded.Content with { Notes = [note] } });
            Assert.Equal(2, updated.Revision);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var stored = (await Repository(check).FindAsync(action.Id, default))!;
        Assert.Equal((Due.AddDays(14), "aad-hr-owner", 2), (stored.DueOn, stored.OwnerId, stored.Revision));
        Assert.Equal([note], stored.Content.Notes);
        Assert.Empty(await Repository(check).OpenOfOwnerAsync(_owner, default));
        var caseAfter = await CaseRowAsync(c.Id);
        Assert.Equal((caseBefore.ProtectedData, caseBefore.Version), (caseAfter.ProtectedData, caseAfter.Version));
    }

    [SkippableFact]
    public async Task SaveChanges_StaleUpdate_ThrowsConcurrencyAndKeepsTheFirst()
    {
        var c = await StoredCaseAsync();
        var action = Agree(c, "kilpailu", _owner, Due);
        await SaveNewAsync(action);
        await using var first = NewContext();
        await using var second = NewContext();
        var (firstRepository, secondRepository) = (Repository(first), Repository(second));
        var firstCopy = (await firstRepository.FindAsync(action.Id, default))!;
        var secondCopy = (await secondRepository.FindAsync(action.Id, default))!;

        firstRepository.Update(firstCopy with { State = AgreedActionState.Done });
        await first.SaveChangesAsync();
        secondRepository.Update(secondCopy with { DueOn = Due.AddDays(7) });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        var stored = (await Repository(check).FindAsync(action.Id, default))!;
        Assert.Equal((AgreedActionState.Done, Due), (stored.State, stored.DueOn));
    }

    [SkippableFact]
    public async Task Update_Unchanged_RowLeftAsItIs()
    {
        var c = await StoredCaseAsync();
        var action = Agree(c, "sama", _owner, Due);
        await SaveNewAsync(action);
        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var loaded = (await repository.FindAsync(action.Id, default))!;
            Time.Advance(TimeSpan.FromMinutes(5));
            Assert.Equal(1, repository.Update(loaded with { Content = loaded.Content with { Notes = [.. loaded.Content.Notes] } }).Revision);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var record = await check.Actions.SingleAsync(r => r.Id == action.Id);
        Assert.Equal((1, Time.GetUtcNow().AddMinutes(-5)), (record.RowVersion, record.UpdatedAt));
    }

    private ActionRepository Repository(TyokykyDbContext db) => new(db, Protector, Pseudonyms, Time);

    private AgreedAction Agree(Case c, string text, string owner, DateOnly due) =>
        AgreedAction.Agree(c.Id, 1, owner, due, new AgreedActionContent(text, "Kalusteet", []), Time.GetUtcNow());

    private async Task SaveNewAsync(params AgreedAction[] actions)
    {
        await using var db = NewContext();
        var repository = Repository(db);
        foreach (var action in actions)
            repository.Add(action);
        await db.SaveChangesAsync();
    }
}
