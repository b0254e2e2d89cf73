using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

public class MeetingBookingTests
{
    public static TheoryData<CaseState> NotScheduling => StatesExcept(CaseState.Scheduling);

    [Fact]
    public void RecordBooking_Scheduling_ScheduledWithMeetingAndAuditedBySystem()
    {
        var c = Consented();

        var outcome = c.RecordBooking(Booking(), BookedAt);

        Assert.Equal(MeetingOutcome.Done, outcome);
        Assert.Equal(CaseState.Scheduled, c.State);
        Assert.Equal(Booking(), c.Meeting);
        Assert.Equal(new AuditEntry(BookedAt, Case.SystemActor, AuditAction.MeetingBooked, "r1"), c.Audit[^1]);
    }

    [Fact]
    public void RecordBooking_NoJoinUrl_StillBooked()
    {
        var c = Consented();

        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking() with { JoinUrl = null }, BookedAt));
        Assert.Null(c.Meeting!.JoinUrl);
    }

    [Theory]
    [MemberData(nameof(NotScheduling))]
    public void RecordBooking_NotScheduling_InvalidStateNothingChanged(CaseState state)
    {
        var c = InState(Consented(), state);
        var audited = c.Audit.Count;

        var outcome = c.RecordBooking(Booking(), BookedAt);

        Assert.Equal(MeetingOutcome.InvalidState, outcome);
        Assert.Equal(state, c.State);
        Assert.Null(c.Meeting);
        Assert.Equal(audited, c.Audit.Count);
    }

    [Fact]
    public void RecordBooking_AlreadyScheduled_InvalidStateFirstBookingKept()
    {
        var c = Scheduled();

        Assert.Equal(MeetingOutcome.InvalidState, c.RecordBooking(Booking("event-2"), BookedAt.AddMinutes(1)));
        Assert.Equal("event-1", c.Meeting!.EventId);
    }

    [Theory]
    [InlineData(" ", "sakari@contoso.fi", 90)]
    [InlineData("event-1", "", 90)]
    [InlineData("event-1", "sakari@contoso.fi", 0)]
    [InlineData("event-1", "sakari@contoso.fi", -30)]
    public void RecordBooking_Malformed_InvalidStillScheduling(string eventId, string organizer, int minutes)
    {
        var c = Consented();

        var outcome = c.RecordBooking(new MeetingBooking(eventId, organizer, Start, Start.AddMinutes(minutes), null), BookedAt);

        Assert.Equal(MeetingOutcome.Invalid, outcome);
        Assert.Equal(CaseState.Scheduling, c.State);
        Assert.Null(c.Meeting);
    }

    [Fact]
    public void RecordBooking_AfterReschedule_ReplacesBookingAuditedWithNewRevision()
    {
        var c = Scheduled();
        c.RequestReschedule(Supervisor, Today.AddDays(30), Today.AddDays(40), Now.AddHours(1));
        var moved = Booking() with { Start = Start.AddDays(25), End = Start.AddDays(25).AddMinutes(90) };

        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(moved, Now.AddHours(2)));
        Assert.Equal((CaseState.Scheduled, moved), (c.State, c.Meeting));
        Assert.Equal((AuditAction.MeetingBooked, "r2"), (c.Audit[^1].Action, c.Audit[^1].Detail));
    }

    [Fact]
    public void TransactionId_NewCase_CaseIdAndRevisionOne()
    {
        Assert.Equal("0b7e2c1a4f3d7a109c2e5d8f61a4b3c7-r1", Convened().TransactionId);
    }

    [Fact]
    public void TransactionId_RestoredFromSnapshot_Same()
    {
        var c = Scheduled();
        c.RequestReschedule(Supervisor, Today.AddDays(30), Today.AddDays(40), Now.AddHours(1));

        var restored = Case.FromSnapshot(c.ToSnapshot());

        Assert.Equal(c.TransactionId, restored.TransactionId);
        Assert.EndsWith("-r2", restored.TransactionId);
    }

    [Fact]
    public void TransactionId_BookingRecordedAndConsentChanged_Unchanged()
    {
        var c = Consented();
        var before = c.TransactionId;

        c.RecordBooking(Booking(), BookedAt);
        c.RecordConsent(Employee, Draft() with { MayShareTopics = true }, Now.AddHours(1));

        Assert.Equal(before, c.TransactionId);
    }

    [Fact]
    public void TransactionId_EachReschedule_NewValue()
    {
        var c = Scheduled();
        var first = c.TransactionId;

        c.RequestReschedule(Supervisor, Today.AddDays(30), Today.AddDays(40), Now.AddHours(1));
        var second = c.TransactionId;
        c.RequestReschedule(Supervisor, Today.AddDays(31), Today.AddDays(41), Now.AddHours(2));

        Assert.Equal([$"{CaseId:N}-r1", $"{CaseId:N}-r2", $"{CaseId:N}-r3"], [first, second, c.TransactionId]);
    }

    [Fact]
    public void TransactionId_OtherCase_Different()
    {
        var other = Case.Convene(Request(), Guid.Parse("0b7e2c1a-4f3d-7a10-9c2e-5d8f61a4b3c8"), Now).Case!;

        Assert.NotEqual(Convened().TransactionId, other.TransactionId);
    }
}
