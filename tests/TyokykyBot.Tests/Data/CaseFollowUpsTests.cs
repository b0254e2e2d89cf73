using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Cases;
using TyokykyBot.Data;
using TyokykyBot.Outbox;
using TyokykyBot.Tests.Data.Protection;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Data;

/// <summary>What a case records as happening becomes its followers' outbox rows, in the unit of work that saves the change.</summary>
public sealed class CaseFollowUpsTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();
    private readonly FakeTimeProvider time = new(Now);
    private readonly string key = TestKeys.New();

    [Fact]
    public async Task Update_ConsentRecorded_EachFollowerPlansItsKindWithTheChange()
    {
        var c = TestCases.Convened();
        await SaveAsync(c);

        await using (var db = database.NewContext())
        {
            var (cases, _) = Repository(db, s => s.FollowCase<ConsentRecorded>("first.kind").FollowCase<ConsentRecorded>("second.kind"));
            var found = (await cases.FindAsync(c.Id, default))!;
            TestCases.Consent(found, Now);
            cases.Update(found);
            cases.Update(found);
            await db.SaveChangesAsync();
        }

        var rows = await RowsAsync();
        Assert.Equal(["first.kind", "second.kind"], rows.Select(r => r.Kind));
        Assert.All(rows, r => Assert.Equal((c.Id.ToString(), c.Id), (r.Target, r.CaseId!.Value)));
    }

    [Fact]
    public async Task Update_RefusedClick_RecordsNoEventAndPlansNothing()
    {
        var c = TestCases.Convened();
        await SaveAsync(c);

        await using (var db = database.NewContext())
        {
            var (cases, _) = Repository(db, s => s.FollowCase<ConsentRecorded>("status.update"));
            var found = (await cases.FindAsync(c.Id, default))!;
            Assert.False(found.RecordConsent(Stranger, Draft(), Now).Succeeded);
            Assert.Empty(found.Events);
            cases.Update(found);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await RowsAsync());
    }

    [Fact]
    public async Task Add_Announced_FollowerGetsTheEventAndTheCase()
    {
        var c = TestCases.Convened();
        c.Announce(new CaseConvened("https://smba.example/", FromSharedConversation: true));

        await using (var db = database.NewContext())
        {
            var (cases, _) = Repository(db, s => s.FollowCase<CaseConvened, ToEmployee>());
            cases.Add(c, TestCases.Tenant);
            await db.SaveChangesAsync();
        }

        var row = Assert.Single(await RowsAsync());
        Assert.Equal(("to.employee", "https://smba.example/"), (row.Kind, row.Arguments));
        Assert.NotEqual(Employee.AadObjectId, row.Target);
    }

    [Fact]
    public async Task Update_EventNobodyFollows_NothingPlannedAndEventsNotStored()
    {
        var c = TestCases.Convened();
        await SaveAsync(c);

        await using (var db = database.NewContext())
        {
            var (cases, _) = Repository(db, _ => { });
            var found = (await cases.FindAsync(c.Id, default))!;
            found.Notify("Meeting.NoSlotAtAll");
            cases.Update(found);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await RowsAsync());
        await using var check = database.NewContext();
        Assert.Empty((await Repository(check, _ => { }).Cases.FindAsync(c.Id, default))!.Events);
    }

    public void Dispose() => database.Dispose();

    private (CaseRepository Cases, OutboxWriter Outbox) Repository(TyokykyDbContext db, Action<IServiceCollection> follow)
    {
        var outbox = new OutboxWriter(db, time, new OutboxSignal(), new OutboxAddresses(TestKeys.Pseudonyms(key), TestKeys.Protector(key)));
        var services = new ServiceCollection();
        follow(services);
        var followUps = new CaseFollowUps(services.BuildServiceProvider(), outbox);
        return (new CaseRepository(db, TestKeys.Protector(key), TestKeys.Pseudonyms(key), time, followUps), outbox);
    }

    private async Task SaveAsync(Case c)
    {
        await using var db = database.NewContext();
        Repository(db, _ => { }).Cases.Add(c, TestCases.Tenant);
        await db.SaveChangesAsync();
    }

    private async Task<List<OutboxMessage>> RowsAsync()
    {
        await using var db = database.NewContext();
        return await db.Outbox.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private sealed class ToEmployee : ICaseFollower<CaseConvened>
    {
        public void Follow(Case c, CaseConvened happened, OutboxWriter outbox) =>
            outbox.Enqueue("to.employee", c.Employee.Person.AadObjectId!, c.Id, happened.ServiceUrl);
    }
}
