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

        Assert.Null(snapshot.Meeting.Booking);
        Assert.False(snapshot.Meeting.Cancelled);
        Assert.Equal((1, 1), (snapshot.Meeting.Number, snapshot.Meeting.ScheduleRevision));
        Assert.Equal<(Guid?, Guid?)>((null, null), (snapshot.Meeting.ChairId, snapshot.Meeting.SecretaryId));
        Assert.NotNull(snapshot.Meeting.RemoteConfirmations);
        Assert.Empty(snapshot.Meeting.RemoteConfirmations);
        Assert.Empty(snapshot.Meeting.RetiredBookings);
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

        Assert.Empty(OldSnapshotJson.Deserialize(json).Meeting.RemoteConfirmations);
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
        Assert.Contains("\"Schema\":2", json);
    }

    [Theory]
    [InlineData("Meeting")]
    [InlineData("Consents")]
    public void Deserialize_CurrentSchemaMissingAProperty_Throws(string property)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(OldSnapshotJson.Serialize(Consented().ToSnapshot()))!.AsObject();
        Assert.True(json.Remove(property));

        Assert.Throws<System.Text.Json.JsonException>(() => OldSnapshotJson.Deserialize(json.ToJsonString()));
    }

    [Fact]
    public void Deserialize_Schema1WithEveryMeetingField_SameSnapshot()
    {
        var withMeeting = CaseSnapshotTests.WithMeeting().ToSnapshot();
        var snapshot = withMeeting with { Meeting = withMeeting.Meeting with { Place = "Neuvotteluhuone 2", RetiredBookings = [Booking()] } };
        var json = OldSnapshotJson.Schema1(snapshot);
        Assert.Contains("\"MeetingCancelled\":false", json);

        var read = OldSnapshotJson.Deserialize(json);

        Assert.Equal(snapshot, read);
        Assert.NotNull(read.Meeting.Booking);
        Assert.NotEmpty(read.Meeting.RemoteConfirmations);
        Assert.Equal([Booking()], read.Meeting.RetiredBookings);
    }

    [Fact]
    public void Deserialize_Schema1AsStored_MeetingFieldsInTheirGroup()
    {
        const string stored = """
            {"Schema":1,"Id":"0193a5f0-0000-7000-8000-000000000001","Code":"TK-ABC123","State":"Scheduled",
             "Convener":{"AadObjectId":"aad-supervisor","Email":null,"DisplayName":"Sakari"},"ConvenerRole":"Supervisor",
             "ConvenedAt":"2026-03-02T09:00:00+02:00","Kind":"First","WindowStart":"2026-03-16","WindowEnd":"2026-03-27",
             "LengthMinutes":60,"Mode":"Remote","Participants":[],"Consents":[],
             "Meeting":{"EventId":"event-2","Organizer":"aad-supervisor","Start":"2026-03-17T08:00:00+00:00","End":"2026-03-17T09:00:00+00:00","JoinUrl":null},
             "MeetingCancelled":false,"ScheduleRevision":2,"ChairId":null,"SecretaryId":"0193a5f0-0000-7000-8000-000000000009",
             "RemoteConfirmations":[{"ParticipantId":"0193a5f0-0000-7000-8000-000000000009","At":"2026-03-03T10:00:00+00:00"}],
             "Place":"Neuvotteluhuone 2","RetiredMeetings":[{"EventId":"event-1","Organizer":"aad-supervisor","Start":"2026-03-16T08:00:00+00:00","End":"2026-03-16T09:00:00+00:00","JoinUrl":"https://teams.example/1","Online":true}]}
            """;

        var meeting = OldSnapshotJson.Deserialize(stored).Meeting;

        var secretary = Guid.Parse("0193a5f0-0000-7000-8000-000000000009");
        Assert.Equal(
            new MeetingSnapshot(1, MeetingKind.First, new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 27), 60, MeetingMode.Remote, "Neuvotteluhuone 2", 2,
                new MeetingBooking("event-2", "aad-supervisor", new DateTimeOffset(2026, 3, 17, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 17, 9, 0, 0, TimeSpan.Zero), null),
                false, null, secretary, [new RemoteConfirmation(secretary, new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero))],
                [new MeetingBooking("event-1", "aad-supervisor", new DateTimeOffset(2026, 3, 16, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 16, 9, 0, 0, TimeSpan.Zero), "https://teams.example/1")]),
            meeting);
    }
}
