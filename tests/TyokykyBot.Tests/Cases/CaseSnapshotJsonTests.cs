using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

/// <summary>Through the store's source-generated JSON context, as the repository reads and writes.</summary>
public class CaseSnapshotJsonTests
{
    [Fact]
    public void Deserialize_PreMeetingShape_MeetingDefaults()
    {
        var original = Consented().ToSnapshot();

        var snapshot = OldSnapshotJson.Deserialize(OldSnapshotJson.From(original));

        Assert.Null(snapshot.Meeting);
        Assert.False(snapshot.MeetingCancelled);
        Assert.Equal(1, snapshot.ScheduleRevision);
        Assert.Equal<(Guid?, Guid?)>((null, null), (snapshot.ChairId, snapshot.SecretaryId));
        Assert.NotNull(snapshot.RemoteConfirmations);
        Assert.Empty(snapshot.RemoteConfirmations);
        Assert.Equal(original, snapshot);
    }

    [Fact]
    public void Deserialize_PreMeetingShape_CaseBooksAsRevisionOne()
    {
        var c = Case.FromSnapshot(OldSnapshotJson.Deserialize(OldSnapshotJson.From(Consented().ToSnapshot())));

        Assert.Equal($"{CaseId:N}-r1", c.TransactionId);
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking(), BookedAt));
        Assert.Equal(MeetingOutcome.Done, c.ConfirmRemote(Employee, BookedAt));
    }

    [Fact]
    public void Deserialize_OldAuditList_IgnoredAndNotWrittenAgain()
    {
        var json = OldSnapshotJson.From(Consented().ToSnapshot());
        Assert.Contains("\"Audit\":[", json);

        var restored = Case.FromSnapshot(OldSnapshotJson.Deserialize(json));

        Assert.Empty(restored.Audit);
        Assert.DoesNotContain("\"Audit\"", OldSnapshotJson.Serialize(restored.ToSnapshot()));
    }

    [Fact]
    public void Serialize_AfterManyChanges_SizeGrowsOnlyWithConsentVersions()
    {
        var c = Consented();
        var (before, audited) = (OldSnapshotJson.Serialize(c.ToSnapshot()).Length, c.Audit.Count);

        for (var i = 0; i < 50; i++)
            Assert.Equal(ConsentOutcome.NotAllowed, c.RecordConsent(Supervisor, new ConsentDraft(), Now.AddMinutes(i)).Outcome);

        Assert.Equal(audited + 50, c.Audit.Count);
        Assert.Equal(before, OldSnapshotJson.Serialize(c.ToSnapshot()).Length);
    }

    [Fact]
    public void Deserialize_RemoteConfirmationsNull_Empty()
    {
        var json = OldSnapshotJson.From(Convened().ToSnapshot()).TrimEnd('}') + ",\"RemoteConfirmations\":null}";

        Assert.Empty(OldSnapshotJson.Deserialize(json).RemoteConfirmations);
    }

    [Fact]
    public void RoundTrip_WithMeetingFields_Equal()
    {
        var snapshot = CaseSnapshotTests.WithMeeting().ToSnapshot();

        var json = OldSnapshotJson.Serialize(snapshot);
        var read = OldSnapshotJson.Deserialize(json);

        Assert.Equal(snapshot, read);
        Assert.Equal(snapshot.Meeting, read.Meeting);
        Assert.Contains("\"ScheduleRevision\":2", json);
        Assert.Contains("\"State\":\"Scheduled\"", json);
    }
}
