using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

public class MeetingCancelTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    public static TheoryData<CaseState> NotSchedulingNorScheduled => StatesExcept(CaseState.Scheduling, CaseState.Scheduled);

    public static TheoryData<string> NotConveners => MeetingRescheduleTests.NotConveners;

    [Fact]
    public void CancelMeeting_Scheduled_CancelledBookingAndConsentKept()
    {
        var c = Scheduled();
        var consent = c.LatestConsent;

        var outcome = c.CancelMeeting(Supervisor, Later);

        Assert.Equal(MeetingOutcome.Done, outcome);
        Assert.Equal(CaseState.Cancelled, c.State);
        Assert.Equal(Booking(), c.Meeting);
        Assert.False(c.MeetingCancelled);
        Assert.Same(consent, c.LatestConsent);
        Assert.Equal(new AuditEntry(Later, "aad-supervisor", AuditAction.MeetingCancelledByConvener, "r1"), c.Audit[^1]);
    }

    [Fact]
    public void CancelMeeting_Scheduling_Cancelled()
    {
        var c = Consented();

        Assert.Equal(MeetingOutcome.Done, c.CancelMeeting(Supervisor, Later));
        Assert.Equal(CaseState.Cancelled, c.State);
    }

    [Theory]
    [MemberData(nameof(NotConveners))]
    public void CancelMeeting_NotConvener_NotAllowedStillScheduledButAudited(string who)
    {
        var c = Scheduled();
        var actor = MeetingRescheduleTests.Actor(who);

        Assert.Equal(MeetingOutcome.NotAllowed, c.CancelMeeting(actor, Later));
        Assert.Equal(CaseState.Scheduled, c.State);
        Assert.Equal(new AuditEntry(Later, actor.ActorId, AuditAction.MeetingRefused, "not-allowed"), c.Audit[^1]);
    }

    [Theory]
    [MemberData(nameof(NotSchedulingNorScheduled))]
    public void CancelMeeting_OtherState_InvalidStateAudited(CaseState state)
    {
        var c = InState(Consented(), state);
        var expected = state == CaseState.Cancelled ? MeetingOutcome.Unchanged : MeetingOutcome.InvalidState;

        Assert.Equal(expected, c.CancelMeeting(Supervisor, Later));
        if (state == CaseState.Cancelled)
            return;
        Assert.Equal(state, c.State);
        Assert.Equal((AuditAction.MeetingRefused, "invalid-state:" + state), (c.Audit[^1].Action, c.Audit[^1].Detail));
    }

    [Fact]
    public void RecordCalendarCancelled_AfterConvenerCancelled_MeetingCancelledAuditedBySystem()
    {
        var c = Scheduled();
        c.CancelMeeting(Supervisor, Later);

        var outcome = c.RecordCalendarCancelled(Later.AddMinutes(1));

        Assert.Equal(MeetingOutcome.Done, outcome);
        Assert.True(c.MeetingCancelled);
        Assert.Equal(Booking(), c.Meeting);
        Assert.Equal(new AuditEntry(Later.AddMinutes(1), Case.SystemActor, AuditAction.MeetingEventCancelled, "r1"), c.Audit[^1]);
    }

    [Fact]
    public void Withdraw_Scheduled_BookingLeftForTheOrchestrationToCancel()
    {
        var c = Scheduled();

        c.Withdraw(Employee, Later);

        Assert.Equal(CaseState.Cancelled, c.State);
        Assert.Equal(Booking(), c.Meeting);
        Assert.False(c.MeetingCancelled);
    }

    [Fact]
    public void RecordCalendarCancelled_AfterWithdrawal_MeetingCancelled()
    {
        var c = Scheduled();
        c.Withdraw(Employee, Later);

        Assert.Equal(MeetingOutcome.Done, c.RecordCalendarCancelled(Later.AddMinutes(1)));
        Assert.True(c.MeetingCancelled);
        Assert.Equal([AuditAction.ConsentWithdrawn, AuditAction.MeetingEventCancelled], c.Audit.TakeLast(2).Select(a => a.Action));
    }

    [Fact]
    public void RecordCalendarCancelled_Twice_DoneAuditedOnce()
    {
        var c = Scheduled();
        c.CancelMeeting(Supervisor, Later);
        c.RecordCalendarCancelled(Later);

        Assert.Equal(MeetingOutcome.Done, c.RecordCalendarCancelled(Later.AddMinutes(5)));
        Assert.Single(c.Audit, a => a.Action == AuditAction.MeetingEventCancelled);
        Assert.True(c.MeetingCancelled);
    }

    [Theory]
    [InlineData(CaseState.Scheduled)]
    [InlineData(CaseState.Scheduling)]
    [InlineData(CaseState.Held)]
    public void RecordCalendarCancelled_CaseNotCancelled_InvalidStateNotCancelled(CaseState state)
    {
        var c = InState(Scheduled(), state);

        Assert.Equal(MeetingOutcome.InvalidState, c.RecordCalendarCancelled(Later));
        Assert.False(c.MeetingCancelled);
    }

    [Fact]
    public void RecordCalendarCancelled_CancelledBeforeBooking_InvalidState()
    {
        var c = Consented();
        c.Withdraw(Employee, Later);

        Assert.Equal(MeetingOutcome.InvalidState, c.RecordCalendarCancelled(Later));
        Assert.False(c.MeetingCancelled);
    }
}
