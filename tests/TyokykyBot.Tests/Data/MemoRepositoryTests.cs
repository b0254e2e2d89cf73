using Microsoft.EntityFrameworkCore;
using TyokykyBot.Cases;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Data;

/// <summary>The memo store's behaviour, run on each provider by its subclasses.</summary>
public abstract class MemoRepositoryTests : CaseRowsFixture
{
    [SkippableFact]
    public async Task FindAsync_AfterAddAndSave_SameMemoAtRevisionOne()
    {
        var c = await StoredCaseAsync();
        var memo = Draft(c, "Työaikaa lyhennetään kuukaudeksi.");
        await using (var db = NewContext())
        {
            var added = Repository(db).Add(memo);
            await db.SaveChangesAsync();
            Assert.Equal(memo with { Revision = 1 }, added);
        }

        await using var check = NewContext();
        var found = await Repository(check).FindAsync(memo.Id, default);

        Assert.Equal(memo with { Revision = 1 }, found);
        var record = await check.Memos.SingleAsync(r => r.Id == memo.Id);
        Assert.Equal((c.Id, 1, 1, "Draft", 1), (record.CaseId, record.MeetingNumber, record.Number, record.State, record.RowVersion));
        Assert.StartsWith("v1.", record.ProtectedContent);
        Assert.DoesNotContain("Työaikaa", record.ProtectedContent);
    }

    [SkippableFact]
    public async Task Update_OneMemo_CaseRowAndOtherMemosUntouched()
    {
        var c = await StoredCaseAsync();
        var (first, other) = (Draft(c, "ensimmäinen"), Draft(c, "toinen", meetingNumber: 2));
        await SaveNewAsync(first, other);
        var caseBefore = await CaseRowAsync(c.Id);
        var otherBefore = await MemoRowAsync(other.Id);
        Time.Advance(TimeSpan.FromHours(1));

        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var loaded = (await repository.FindAsync(first.Id, default))!;
            var updated = repository.Update(loaded with { State = MemoState.Circulating, Content = loaded.Content with { Decisions = "korjattu" } });
            Assert.Equal(2, updated.Revision);
            await db.SaveChangesAsync();
        }

        var caseAfter = await CaseRowAsync(c.Id);
        Assert.Equal((caseBefore.ProtectedData, caseBefore.Version, caseBefore.UpdatedAt), (caseAfter.ProtectedData, caseAfter.Version, caseAfter.UpdatedAt));
        var otherAfter = await MemoRowAsync(other.Id);
        Assert.Equal((otherBefore.ProtectedContent, otherBefore.RowVersion, otherBefore.UpdatedAt), (otherAfter.ProtectedContent, otherAfter.RowVersion, otherAfter.UpdatedAt));
        var firstAfter = await MemoRowAsync(first.Id);
        Assert.Equal(("Circulating", 2, Time.GetUtcNow()), (firstAfter.State, firstAfter.RowVersion, firstAfter.UpdatedAt));
        await using var check = NewContext();
        Assert.Equal("korjattu", (await Repository(check).FindAsync(first.Id, default))!.Content.Decisions);
    }

    [SkippableFact]
    public async Task Update_Unchanged_RowLeftByteForByte()
    {
        var c = await StoredCaseAsync();
        var memo = Draft(c, "sama");
        await SaveNewAsync(memo);
        var before = await MemoRowAsync(memo.Id);

        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var loaded = (await repository.FindAsync(memo.Id, default))!;
            // An equal copy, rebuilt field by field as a second click would.
            var again = loaded with { Content = loaded.Content with { Topics = [.. loaded.Content.Topics] } };
            Assert.Equal(1, repository.Update(again).Revision);
            await db.SaveChangesAsync();
        }

        var after = await MemoRowAsync(memo.Id);
        Assert.Equal((before.ProtectedContent, before.RowVersion, before.UpdatedAt), (after.ProtectedContent, after.RowVersion, after.UpdatedAt));
    }

    [SkippableFact]
    public async Task SaveChanges_StaleUpdate_ThrowsConcurrencyAndKeepsTheFirst()
    {
        var c = await StoredCaseAsync();
        var memo = Draft(c, "alku");
        await SaveNewAsync(memo);
        await using var first = NewContext();
        await using var second = NewContext();
        var (firstRepository, secondRepository) = (Repository(first), Repository(second));
        var firstCopy = (await firstRepository.FindAsync(memo.Id, default))!;
        var secondCopy = (await secondRepository.FindAsync(memo.Id, default))!;

        firstRepository.Update(firstCopy with { Content = firstCopy.Content with { Decisions = "ensin" } });
        await first.SaveChangesAsync();
        secondRepository.Update(secondCopy with { Content = secondCopy.Content with { Decisions = "myöhemmin" } });

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        var stored = (await Repository(check).FindAsync(memo.Id, default))!;
        Assert.Equal(("ensin", 2), (stored.Content.Decisions, stored.Revision));
    }

    [SkippableFact]
    public async Task Update_OlderCopyInSameScope_ThrowsConcurrency()
    {
        var c = await StoredCaseAsync();
        var memo = Draft(c, "alku");
        await SaveNewAsync(memo);
        await using var db = NewContext();
        var repository = Repository(db);
        var loaded = (await repository.FindAsync(memo.Id, default))!;
        repository.Update(loaded with { State = MemoState.Circulating });

        Assert.Throws<DbUpdateConcurrencyException>(() => repository.Update(loaded with { State = MemoState.Withdrawn }));
    }

    [SkippableFact]
    public async Task Update_NotLoadedHere_Throws()
    {
        var c = await StoredCaseAsync();
        await using var db = NewContext();

        Assert.Throws<InvalidOperationException>(() => Repository(db).Update(Draft(c, "x") with { Revision = 1 }));
    }

    [SkippableFact]
    public async Task LatestAsync_AfterCorrection_NewestVersionAndBothListed()
    {
        var c = await StoredCaseAsync();
        var v1 = Draft(c, "ensimmäinen versio");
        await SaveNewAsync(v1);
        var v2 = v1.Corrected(v1.Content with { Decisions = "toinen versio" }, Time.GetUtcNow());
        await using (var db = NewContext())
        {
            var repository = Repository(db);
            var loaded = (await repository.FindAsync(v1.Id, default))!;
            repository.Update(loaded with { State = MemoState.Superseded });
            repository.Add(v2);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var repositoryCheck = Repository(check);
        Assert.Equal((v2.Id, 2, "toinen versio"), (await repositoryCheck.LatestAsync(c.Id, 1, default)) is { } latest ? (latest.Id, latest.Number, latest.Content.Decisions) : default);
        Assert.Equal([(1, MemoState.Superseded), (2, MemoState.Draft)], (await repositoryCheck.VersionsAsync(c.Id, 1, default)).Select(m => (m.Number, m.State)));
        Assert.Null(await repositoryCheck.LatestAsync(c.Id, 2, default));
    }

    [SkippableFact]
    public async Task AddApproval_TwoParticipants_BothReadBackCommentProtected()
    {
        var c = await StoredCaseAsync();
        var memo = Draft(c, "hyväksyttävä");
        await SaveNewAsync(memo);
        var (a, b) = (c.Participants[0].Id, c.Participants[1].Id);
        var at = Time.GetUtcNow();
        await using (var db = NewContext())
        {
            var repository = Repository(db);
            repository.AddApproval(new MemoApproval(memo.Id, a, MemoApprovalDecision.Approved, at));
            repository.AddApproval(new MemoApproval(memo.Id, b, MemoApprovalDecision.CorrectionRequested, at, "Korjaa työkokeilun alkupäivä"));
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Equal(
            [new MemoApproval(memo.Id, a, MemoApprovalDecision.Approved, at), new MemoApproval(memo.Id, b, MemoApprovalDecision.CorrectionRequested, at, "Korjaa työkokeilun alkupäivä")],
            await Repository(check).ApprovalsAsync(memo.Id, default));
        Assert.DoesNotContain(check.MemoApprovals.Select(r => r.ProtectedComment).ToList(), comment => comment?.Contains("Korjaa") == true);
        Assert.Equal(1, (await MemoRowAsync(memo.Id)).RowVersion);
    }

    [SkippableFact]
    public async Task SaveChanges_SecondAnswerBySameParticipantToSameVersion_Refused()
    {
        var c = await StoredCaseAsync();
        var memo = Draft(c, "kerran");
        await SaveNewAsync(memo);
        var participant = c.Participants[0].Id;
        await using (var db = NewContext())
        {
            Repository(db).AddApproval(new MemoApproval(memo.Id, participant, MemoApprovalDecision.Approved, Time.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await using var again = NewContext();
        Repository(again).AddApproval(new MemoApproval(memo.Id, participant, MemoApprovalDecision.CorrectionRequested, Time.GetUtcNow()));

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync());
    }

    [SkippableFact]
    public async Task FindAsync_ContentCopiedFromAnotherMemo_Throws()
    {
        var c = await StoredCaseAsync();
        var (a, b) = (Draft(c, "a"), Draft(c, "b", meetingNumber: 2));
        await SaveNewAsync(a, b);
        await using (var db = NewContext())
        {
            var rows = await db.Memos.Where(r => r.CaseId == c.Id).ToDictionaryAsync(r => r.Id);
            rows[a.Id].ProtectedContent = rows[b.Id].ProtectedContent;
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();

        await Assert.ThrowsAsync<InvalidDataException>(() => Repository(check).FindAsync(a.Id, default));
    }

    private MemoRepository Repository(TyokykyDbContext db) => new(db, Protector, Time);

    private Memo Draft(Case c, string decisions, int meetingNumber = 1) =>
        Memo.Draft(c.Id, meetingNumber, c.Participants[0].Id,
            MemoContent.Empty with
            {
                AttendeeIds = [.. c.Participants.Select(p => p.Id)],
                Topics = [new MemoTopic("work-arrangements", "Kevennetyt tehtävät")],
                Arrangements = MemoArrangements.None with { ChangedDuties = "Osa-aikatyö" },
                Decisions = decisions,
                FollowUpOn = new DateOnly(2026, 5, 4),
            },
            Time.GetUtcNow());

    private async Task SaveNewAsync(params Memo[] memos)
    {
        await using var db = NewContext();
        var repository = Repository(db);
        foreach (var memo in memos)
            repository.Add(memo);
        await db.SaveChangesAsync();
    }

    private async Task<MemoRecord> MemoRowAsync(Guid id)
    {
        await using var db = NewContext();
        return await db.Memos.SingleAsync(r => r.Id == id);
    }
}
