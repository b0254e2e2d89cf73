using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

public class RemoteConfirmationTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    public static TheoryData<CaseState> NotSchedulingNorScheduled => StatesExcept(CaseState.Scheduling, CaseState.Scheduled);

    public static TheoryData<string> NotInsiderAttendees => ["stranger", "hrNotAllowed", "physicianOutsider", "employeeEmailOnly"];

    private static PersonRef Actor(string who) => who switch
    {
        "stranger" => Stranger,
        "hrNotAllowed" => OtherPerson,
        "physicianOutsider" => Physician,
        _ => PersonRef.Outsider("eeva@contoso.fi", Employee.DisplayName),
    };

    [Fact]
    public void ConfirmRemote_InsiderAttendee_RecordedAndAudited()
    {
        var c = ScheduledAllowing(HrPerson);

        var outcome = c.ConfirmRemote(HrPerson, Later);

        Assert.Equal(MeetingOutcome.Done, outcome);
        Assert.Equal([new RemoteConfirmation(IdOf(c, HrPerson), Later)], c.RemoteConfirmations);
        Assert.True(c.ConfirmedRemote(c.Participants.Single(p => p.Person == HrPerson)));
        Assert.Equal(new AuditEntry(Later, "aad-hr", AuditAction.RemoteConfirmed, ""), c.Audit[^1]);
    }

    [Fact]
    public void ConfirmRemote_EmployeeWhileScheduling_Done()
    {
        var c = Consented();

        Assert.Equal(MeetingOutcome.Done, c.ConfirmRemote(PersonRef.Insider("AAD-EMPLOYEE", "E."), Later));
        Assert.True(c.ConfirmedRemote(c.Employee));
    }

    [Fact]
    public void ConfirmRemote_Twice_OneConfirmationTheFirstKeptNothingRecordedAgain()
    {
        var c = Scheduled();
        c.ConfirmRemote(Supervisor, Later);
        c.ConfirmRemote(Employee, Later.AddMinutes(1));
        var audited = c.Audit.Count;

        Assert.Equal(MeetingOutcome.Unchanged, c.ConfirmRemote(Supervisor, Later.AddMinutes(2)));

        Assert.Equal(2, c.RemoteConfirmations.Count);
        Assert.Equal(Later, c.RemoteConfirmations.Single(r => r.ParticipantId == IdOf(c, Supervisor)).At);
        Assert.Equal(audited, c.Audit.Count);
    }

    [Fact]
    public void ConfirmRemote_EmployeeWantsToMeetInPerson_Invalid()
    {
        var c = Consented(Draft() with { RemoteMeeting = false });
        c.RecordBooking(Booking() with { JoinUrl = null, Online = false }, BookedAt);

        Assert.Equal(MeetingOutcome.Invalid, c.ConfirmRemote(Supervisor, Later));
        Assert.Empty(c.RemoteConfirmations);
    }

    [Theory]
    [MemberData(nameof(NotInsiderAttendees))]
    public void ConfirmRemote_NotAnInsiderAttendee_NotAllowedNothingRecordedButAudited(string who)
    {
        var c = ScheduledAllowing(HrPerson);

        var outcome = c.ConfirmRemote(Actor(who), Later);

        Assert.Equal(MeetingOutcome.NotAllowed, outcome);
        Assert.Empty(c.RemoteConfirmations);
        Assert.Equal(new AuditEntry(Later, Actor(who).ActorId, AuditAction.MeetingRefused, "not-allowed"), c.Audit[^1]);
    }

    [Fact]
    public void ConfirmRemote_OnSiteMeeting_InvalidNothingRecorded()
    {
        var c = ConvenedOnSite();
        c.RecordConsent(Employee, Draft(), Now);
        var audited = c.Audit.Count;

        Assert.Equal(MeetingOutcome.Invalid, c.ConfirmRemote(Employee, Later));
        Assert.Empty(c.RemoteConfirmations);
        Assert.Equal(audited, c.Audit.Count);
    }

    [Theory]
    [MemberData(nameof(NotSchedulingNorScheduled))]
    public void ConfirmRemote_OtherState_InvalidStateAudited(CaseState state)
    {
        var c = InState(Scheduled(), state);

        Assert.Equal(MeetingOutcome.InvalidState, c.ConfirmRemote(Supervisor, Later));
        Assert.Empty(c.RemoteConfirmations);
        Assert.Equal((AuditAction.MeetingRefused, "invalid-state:" + state), (c.Audit[^1].Action, c.Audit[^1].Detail));
    }

    [Fact]
    public void ConfirmedRemote_NotConfirmed_False()
    {
        var c = Scheduled();
        c.ConfirmRemote(Supervisor, Later);

        Assert.False(c.ConfirmedRemote(c.Employee));
    }

    [Fact]
    public void ConfirmedRemote_AttendeeRemovedByConsentChange_IgnoredButKept()
    {
        var c = ScheduledAllowing(HrPerson);
        c.ConfirmRemote(HrPerson, Later);
        var hr = c.Participants.Single(p => p.Person == HrPerson);

        c.RecordConsent(Employee, Draft(), Later.AddHours(1));

        Assert.False(c.ConfirmedRemote(hr));
        Assert.Single(c.RemoteConfirmations);
        Assert.Equal(MeetingOutcome.NotAllowed, c.ConfirmRemote(HrPerson, Later.AddHours(2)));
    }
}
