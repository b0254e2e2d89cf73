using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

public class CaseSnapshotTests
{
    public static TheoryData<string> MeetingFieldChanges =>
        ["meeting", "meetingStart", "meetingCancelled", "revision", "chair", "secretary", "confirmationTime", "noConfirmations", "number", "retired"];

    [Fact]
    public void FromSnapshot_AfterConvene_SameCase()
    {
        AssertRestoresIdentically(Convened());
    }

    [Fact]
    public void FromSnapshot_AfterConsentV1AndV2WithShopSteward_SameCase()
    {
        var c = WithStewardConsent();

        var restored = AssertRestoresIdentically(c);

        Assert.Contains(Steward, restored.MemoRecipients().People());
        Assert.Equal(2, restored.LatestConsent!.Number);
        Assert.Equal("Vain työjärjestelyt", restored.LatestConsent.Note);
    }

    [Fact]
    public void FromSnapshot_AfterWithdrawal_SameCase()
    {
        var c = WithStewardConsent();
        c.Withdraw(Employee, Now.AddHours(3));

        var restored = AssertRestoresIdentically(c);

        Assert.Equal(CaseState.Cancelled, restored.State);
        Assert.Empty(restored.MemoRecipients());
    }

    [Fact]
    public void FromSnapshot_RestoredCase_NextConsentContinuesNumberingAndReusesSteward()
    {
        var original = WithStewardConsent();
        var restored = Case.FromSnapshot(original.ToSnapshot());
        var draft = Draft() with { ShopSteward = Steward };

        original.RecordConsent(Employee, draft, Now.AddHours(4));
        restored.RecordConsent(Employee, draft, Now.AddHours(4));

        Assert.Equal(3, restored.LatestConsent!.Number);
        Assert.Equal(original.ToSnapshot(), restored.ToSnapshot());
    }

    [Fact]
    public void Equals_DifferentTopic_NotEqual()
    {
        var snapshot = WithStewardConsent().ToSnapshot();
        var consents = snapshot.Consents.ToList();
        consents[^1] = consents[^1] with { Topics = ["other-topic"] };

        Assert.NotEqual(snapshot, snapshot with { Consents = [.. consents] });
    }

    [Fact]
    public void Equals_DifferentDisplayName_NotEqual()
    {
        var snapshot = Convened().ToSnapshot();
        var participants = snapshot.Participants.ToList();
        participants[0] = participants[0] with { Person = participants[0].Person with { DisplayName = "Toinen Nimi" } };

        Assert.NotEqual(snapshot, snapshot with { Participants = [.. participants] });
    }

    [Fact]
    public void FromSnapshot_RescheduledBookedWithRolesAndConfirmations_SameCase()
    {
        var restored = AssertRestoresIdentically(WithMeeting());

        Assert.Equal((CaseState.Scheduled, 2, "event-2"), (restored.State, restored.ScheduleRevision, restored.Meeting!.EventId));
        Assert.Equal((Physician, HrPerson), (restored.Chair!.Person, restored.Secretary!.Person));
        Assert.True(restored.ConfirmedRemote(restored.Employee));
    }

    [Fact]
    public void FromSnapshot_CalendarCancelled_SameCase()
    {
        var c = Scheduled();
        c.CancelMeeting(Supervisor, Now.AddHours(1));
        c.RecordCalendarCancelled(Now.AddHours(2));

        var restored = AssertRestoresIdentically(c);

        Assert.True(restored.MeetingCancelled);
        Assert.Equal(MeetingOutcome.Done, restored.RecordCalendarCancelled(Now.AddHours(3)));
        Assert.Empty(restored.Audit); // the repeated report records nothing
    }

    [Fact]
    public void FromSnapshot_RestoredCase_RescheduleContinuesRevisions()
    {
        var restored = Case.FromSnapshot(WithMeeting().ToSnapshot());

        restored.RequestReschedule(Supervisor, Today.AddDays(40), Today.AddDays(50), Now.AddHours(6));

        Assert.Equal($"{CaseId:N}-r3", restored.TransactionId);
    }

    [Theory]
    [MemberData(nameof(MeetingFieldChanges))]
    public void Equals_DifferentMeetingField_NotEqual(string change)
    {
        var snapshot = WithMeeting().ToSnapshot();
        var changed = change switch
        {
            "meeting" => snapshot with { Meeting = snapshot.Meeting with { Booking = null } },
            "meetingStart" => snapshot with { Meeting = snapshot.Meeting with { Booking = snapshot.Meeting.Booking! with { Start = snapshot.Meeting.Booking.Start.AddMinutes(30) } } },
            "meetingCancelled" => snapshot with { Meeting = snapshot.Meeting with { Cancelled = true } },
            "revision" => snapshot with { Meeting = snapshot.Meeting with { ScheduleRevision = 3 } },
            "chair" => snapshot with { Meeting = snapshot.Meeting with { ChairId = snapshot.Meeting.SecretaryId } },
            "secretary" => snapshot with { Meeting = snapshot.Meeting with { SecretaryId = null } },
            "confirmationTime" => snapshot with { Meeting = snapshot.Meeting with { RemoteConfirmations = [snapshot.Meeting.RemoteConfirmations[0] with { At = Now }] } },
            "number" => snapshot with { Meeting = snapshot.Meeting with { Number = 2 } },
            "retired" => snapshot with { Meeting = snapshot.Meeting with { RetiredBookings = [snapshot.Meeting.Booking!] } },
            _ => snapshot with { Meeting = snapshot.Meeting with { RemoteConfirmations = [] } },
        };

        Assert.NotEqual(snapshot, changed);
        Assert.Equal(snapshot, snapshot with { });
    }

    [Fact]
    public void ToSnapshot_NewCase_MeetingDefaults()
    {
        var snapshot = Convened().ToSnapshot();

        Assert.Null(snapshot.Meeting.Booking);
        Assert.Equal((false, 1, 1), (snapshot.Meeting.Cancelled, snapshot.Meeting.ScheduleRevision, snapshot.Meeting.Number));
        Assert.Empty(snapshot.Meeting.RemoteConfirmations);
    }

    [Fact]
    public void FromSnapshot_FollowUpMeetingNumber_Kept()
    {
        var snapshot = WithMeeting().ToSnapshot();

        var restored = Case.FromSnapshot(snapshot with { Meeting = snapshot.Meeting with { Number = 2 } });

        Assert.Equal(2, restored.MeetingNumber);
        Assert.Equal(2, restored.ToSnapshot().Meeting.Number);
    }

    [Fact]
    public void FromSnapshot_UnknownSchema_Throws()
    {
        var snapshot = Convened().ToSnapshot() with { Schema = CaseSnapshot.CurrentSchema + 1 };

        Assert.Throws<NotSupportedException>(() => Case.FromSnapshot(snapshot));
    }

    private static Case WithStewardConsent()
    {
        var c = Convened();
        c.RecordConsent(Employee, DraftAllowing(c, HrPerson), Now.AddHours(1));
        var v2 = DraftAllowing(c, OtherPerson) with
        {
            Topics = ["work-tasks", "working-time"],
            ShopSteward = Steward,
            MemoToShopSteward = true,
            MemoRecipientIds = [IdOf(c, Employee), IdOf(c, OtherPerson)],
            MayShareTopics = true,
            RemoteMeeting = true,
            Note = "Vain työjärjestelyt",
        };
        Assert.True(c.RecordConsent(Employee, v2, Now.AddHours(2)).Succeeded);
        return c;
    }

    /// <summary>Booked, rescheduled to revision 2 and booked again; chair, secretary and a remote confirmation.</summary>
    internal static Case WithMeeting()
    {
        var c = Convened();
        Assert.True(c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { RemoteMeeting = true }, Now).Succeeded);
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking(), BookedAt));
        Assert.Equal(MeetingOutcome.Done, c.RequestReschedule(Supervisor, Today.AddDays(20), Today.AddDays(30), Now.AddHours(1)));
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking("event-2") with { Start = Start.AddDays(14), End = Start.AddDays(14).AddMinutes(90) }, Now.AddHours(2)));
        Assert.Equal(MeetingOutcome.Done, c.SetRoles(Supervisor, IdOf(c, Physician), IdOf(c, HrPerson), Now.AddHours(3)));
        Assert.Equal(MeetingOutcome.Done, c.ConfirmRemote(Employee, Now.AddHours(4)));
        return c;
    }

    private static Case AssertRestoresIdentically(Case original)
    {
        var restored = Case.FromSnapshot(original.ToSnapshot());

        Assert.Equal(original.ToSnapshot(), restored.ToSnapshot());
        Assert.Equal(Describe(original.Attendees()), Describe(restored.Attendees()));
        Assert.Equal(Describe(original.MemoRecipients()), Describe(restored.MemoRecipients()));
        Assert.Equal(original.AgreedTopics(), restored.AgreedTopics());
        Assert.Equal(original.Status(), restored.Status());
        Assert.Empty(restored.Audit);
        Assert.Equal((original.MayShareTopics, original.RemoteAllowed), (restored.MayShareTopics, restored.RemoteAllowed));
        Assert.Equal((original.Meeting, original.MeetingCancelled, original.TransactionId), (restored.Meeting, restored.MeetingCancelled, restored.TransactionId));
        Assert.Equal((original.Chair?.Id, original.Secretary?.Id), (restored.Chair?.Id, restored.Secretary?.Id));
        Assert.Equal(original.RemoteConfirmations, restored.RemoteConfirmations);
        Assert.Equal(original.Attendees().Select(original.ConfirmedRemote), restored.Attendees().Select(restored.ConfirmedRemote));
        return restored;
    }

    private static IEnumerable<string> Describe(IEnumerable<Participant> participants) =>
        participants.Select(p => $"{p.Id}|{p.Role}|{p.Person.AadObjectId}|{p.Person.Email}|{p.Person.DisplayName}");
}
