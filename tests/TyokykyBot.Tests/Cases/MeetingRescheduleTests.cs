using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

public class MeetingRescheduleTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    public static TheoryData<CaseState> NotSchedulingNorScheduled => StatesExcept(CaseState.Scheduling, CaseState.Scheduled);

    public static TheoryData<string> NotConveners => ["employee", "hr", "physician", "stranger", "convenerNameOnly"];

    internal static PersonRef Actor(string who) => who switch
    {
        "employee" => Employee,
        "hr" => HrPerson,
        "physician" => Physician,
        "stranger" => Stranger,
        _ => PersonRef.Outsider("sakari@contoso.fi", Supervisor.DisplayName),
    };

    [Fact]
    public void RequestReschedule_Scheduled_SchedulingWithNewWindowAndRevisionBookingKept()
    {
        var c = Scheduled();

        var outcome = c.RequestReschedule(Supervisor, Today.AddDays(30), Today.AddDays(40), Later);

        Assert.Equal(MeetingOutcome.Done, outcome);
        Assert.Equal(CaseState.Scheduling, c.State);
        Assert.Equal((Today.AddDays(30), Today.AddDays(40)), (c.WindowStart, c.WindowEnd));
        Assert.Equal(2, c.ScheduleRevision);
        Assert.Equal(Booking(), c.Meeting);
        Assert.Equal(new AuditEntry(Later, "aad-supervisor", AuditAction.MeetingRescheduleRequested, "r2"), c.Audit[^1]);
    }

    [Fact]
    public void RequestReschedule_SchedulingNotYetBooked_NewRevisionNoBooking()
    {
        var c = Consented();

        Assert.Equal(MeetingOutcome.Done, c.RequestReschedule(Supervisor, Today.AddDays(30), Today.AddDays(40), Later));
        Assert.Equal((CaseState.Scheduling, 2), (c.State, c.ScheduleRevision));
        Assert.Null(c.Meeting);
    }

    [Fact]
    public void RequestReschedule_ConvenerIdInOtherCase_Done()
    {
        var c = Scheduled();

        Assert.Equal(MeetingOutcome.Done, c.RequestReschedule(PersonRef.Insider("AAD-SUPERVISOR", "S."), Today.AddDays(30), Today.AddDays(40), Later));
    }

    [Theory]
    [MemberData(nameof(NotConveners))]
    public void RequestReschedule_NotConvener_NotAllowedNothingChangedButAudited(string who)
    {
        var c = Scheduled();

        var outcome = c.RequestReschedule(Actor(who), Today.AddDays(30), Today.AddDays(40), Later);

        Assert.Equal(MeetingOutcome.NotAllowed, outcome);
        Assert.Equal((CaseState.Scheduled, 1, Today.AddDays(7)), (c.State, c.ScheduleRevision, c.WindowStart));
        Assert.Equal(new AuditEntry(Later, Actor(who).ActorId, AuditAction.MeetingRefused, "not-allowed"), c.Audit[^1]);
    }

    [Theory]
    [MemberData(nameof(NotSchedulingNorScheduled))]
    public void RequestReschedule_OtherState_InvalidStateAudited(CaseState state)
    {
        var c = InState(Consented(), state);

        var outcome = c.RequestReschedule(Supervisor, Today.AddDays(30), Today.AddDays(40), Later);

        Assert.Equal(MeetingOutcome.InvalidState, outcome);
        Assert.Equal((state, 1, Today.AddDays(7)), (c.State, c.ScheduleRevision, c.WindowStart));
        Assert.Equal(new AuditEntry(Later, "aad-supervisor", AuditAction.MeetingRefused, "invalid-state:" + state), c.Audit[^1]);
    }

    [Fact]
    public void RequestReschedule_NotConvenerInEndedState_NotAllowedFirst()
    {
        var c = InState(Consented(), CaseState.Closed);

        Assert.Equal(MeetingOutcome.NotAllowed, c.RequestReschedule(Employee, Today.AddDays(30), Today.AddDays(40), Later));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, 9)]
    [InlineData(1, 62)]
    public void RequestReschedule_InvalidWindow_InvalidNothingChangedNotAudited(int startDays, int endDays)
    {
        var c = Scheduled();
        var audited = c.Audit.Count;

        var outcome = c.RequestReschedule(Supervisor, Today.AddDays(startDays), Today.AddDays(endDays), Later);

        Assert.Equal(MeetingOutcome.Invalid, outcome);
        Assert.Equal((CaseState.Scheduled, 1, Today.AddDays(7), Today.AddDays(25)), (c.State, c.ScheduleRevision, c.WindowStart, c.WindowEnd));
        Assert.Equal(audited, c.Audit.Count);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 60)]
    public void RequestReschedule_WindowAtLimits_Done(int startDays, int endDays)
    {
        var c = Scheduled();

        Assert.Equal(MeetingOutcome.Done, c.RequestReschedule(Supervisor, Today.AddDays(startDays), Today.AddDays(endDays), Later));
    }

    [Fact]
    public void ScheduleWindow_SameRuleAsConvening_ErrorsKeyedByField()
    {
        Assert.Equal(
            [new ValidationError(CaseField.WindowStart, CaseErrorCode.InPast), new ValidationError(CaseField.WindowEnd, CaseErrorCode.BeforeStart)],
            ScheduleWindow.Validate(Today.AddDays(-1), Today.AddDays(-2), Now));
    }
}
