using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TyokykyBot.Cases;
using TyokykyBot.Convening;
using TyokykyBot.Data;
using TyokykyBot.Meetings;
using TyokykyBot.Meetings.Scheduling;
using TyokykyBot.Outbox;
using TyokykyBot.Tests.Convening;
using TyokykyBot.Tests.Data;
using TyokykyBot.Tests.Data.Protection;

namespace TyokykyBot.Tests.Meetings;

public sealed class MeetingFollowUpsTests : IDisposable
{
    private readonly SqliteTestDatabase database = new();

    [Fact]
    public async Task NoSlot_NoPartials_PlainSentenceNotAnEmptyList()
    {
        var notice = await NoticeAsync([]);

        Assert.Equal("Meeting.NoSlotAtAll", CaseMessageArguments.Read(notice.Arguments, "text"));
        Assert.Empty(CaseMessageArguments.ReadArgs(notice.Arguments));
    }

    [Fact]
    public async Task NoSlot_Partials_ListsThemWithBusyCounts()
    {
        var start = new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(2));
        var partial = new PartialSlot(new MeetingSlot(start, start.AddMinutes(90)), ["a@x.fi", "b@x.fi"]);

        var notice = await NoticeAsync([partial]);

        Assert.Equal("Meeting.NoSlot", CaseMessageArguments.Read(notice.Arguments, "text"));
        Assert.EndsWith("(2)", Assert.Single(CaseMessageArguments.ReadArgs(notice.Arguments)));
    }

    public void Dispose() => database.Dispose();

    private async Task<OutboxMessage> NoticeAsync(IReadOnlyList<PartialSlot> partials)
    {
        var convened = await ConveneFixture.ConvenedAsync();
        using var db = database.NewContext();
        var time = new FakeTimeProvider(ConveneFixture.Now);
        var key = TestKeys.New();
        var addresses = new OutboxAddresses(TestKeys.Pseudonyms(key), TestKeys.Protector(key));
        using var outbox = new OutboxWriter(db, time, new OutboxSignal(), addresses);
        var followUps = new MeetingFollowUps(outbox, new PreInformationTime(), Options.Create(new MeetingOptions()), time);
        // The notice is recorded on the case; the repository turns it into the convening feature's row.
        var followers = new ServiceCollection().FollowCase<NoticeNeeded, NoticeFollower>().BuildServiceProvider();
        var cases = new CaseRepository(db, TestKeys.Protector(key), TestKeys.Pseudonyms(key), time, new CaseFollowUps(followers, outbox));
        cases.Add(convened, TestCases.Tenant);
        db.Outbox.Local.ToList().ForEach(m => db.Outbox.Remove(m));

        followUps.NoSlot(convened, partials);
        cases.Update(convened);

        var notice = Assert.Single(db.Outbox.Local);
        Assert.Equal(ConveneMessageKinds.Notify, notice.Kind);
        return notice;
    }
}
