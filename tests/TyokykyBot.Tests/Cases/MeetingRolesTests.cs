using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

public class MeetingRolesTests
{
    private static readonly DateTimeOffset Later = Now.AddHours(1);

    public static TheoryData<CaseState> RoleStates => [CaseState.Scheduling, CaseState.Scheduled, CaseState.Held];

    public static TheoryData<CaseState> OtherStates => StatesExcept(CaseState.Scheduling, CaseState.Scheduled, CaseState.Held);

    [Fact]
    public void SetRoles_Attendees_SetAndReadBackAsParticipantsAndAudited()
    {
        var c = ScheduledAllowing(HrPerson);
        var (chair, secretary) = (IdOf(c, Supervisor), IdOf(c, HrPerson));

        var outcome = c.SetRoles(Supervisor, chair, secretary, Later);

        Assert.Equal(MeetingOutcome.Done, outcome);
        Assert.Equal((chair, secretary), (c.ChairId, c.SecretaryId));
        Assert.Equal((Supervisor, HrPerson), (c.Chair!.Person, c.Secretary!.Person));
        Assert.Equal(new AuditEntry(Later, "aad-supervisor", AuditAction.MeetingRolesSet, $"chair:{chair:N} secretary:{secretary:N}"), c.Audit[^1]);
    }

    [Theory]
    [MemberData(nameof(RoleStates))]
    public void SetRoles_AllowedState_Done(CaseState state)
    {
        var c = InState(Scheduled(), state);

        Assert.Equal(MeetingOutcome.Done, c.SetRoles(Supervisor, IdOf(c, Supervisor), IdOf(c, Employee), Later));
        Assert.Equal(IdOf(c, Employee), c.Secretary?.Id);
    }

    [Theory]
    [MemberData(nameof(OtherStates))]
    public void SetRoles_OtherState_InvalidStateAudited(CaseState state)
    {
        var c = InState(Scheduled(), state);

        Assert.Equal(MeetingOutcome.InvalidState, c.SetRoles(Supervisor, IdOf(c, Supervisor), null, Later));
        Assert.Null(c.ChairId);
        Assert.Equal((AuditAction.MeetingRefused, "invalid-state:" + state), (c.Audit[^1].Action, c.Audit[^1].Detail));
    }

    [Theory]
    [MemberData(nameof(MeetingRescheduleTests.NotConveners), MemberType = typeof(MeetingRescheduleTests))]
    public void SetRoles_NotConvener_NotAllowedNothingSetButAudited(string who)
    {
        var c = Scheduled();
        var actor = MeetingRescheduleTests.Actor(who);

        Assert.Equal(MeetingOutcome.NotAllowed, c.SetRoles(actor, IdOf(c, Supervisor), IdOf(c, Employee), Later));
        Assert.Equal<(Guid?, Guid?)>((null, null), (c.ChairId, c.SecretaryId));
        Assert.Equal(new AuditEntry(Later, actor.ActorId, AuditAction.MeetingRefused, "not-allowed"), c.Audit[^1]);
    }

    [Fact]
    public void SetRoles_ProposedButNotAllowedByConsent_Invalid()
    {
        var c = ScheduledAllowing(HrPerson);
        var audited = c.Audit.Count;

        Assert.Equal(MeetingOutcome.Invalid, c.SetRoles(Supervisor, IdOf(c, OtherPerson), null, Later));
        Assert.Equal(MeetingOutcome.Invalid, c.SetRoles(Supervisor, null, IdOf(c, OtherPerson), Later));
        Assert.Equal<(Guid?, Guid?)>((null, null), (c.ChairId, c.SecretaryId));
        Assert.Equal(audited, c.Audit.Count);
    }

    [Fact]
    public void SetRoles_IdNotOnCase_Invalid()
    {
        var c = Scheduled();

        Assert.Equal(MeetingOutcome.Invalid, c.SetRoles(Supervisor, Guid.NewGuid(), IdOf(c, Employee), Later));
        Assert.Null(c.SecretaryId);
    }

    [Fact]
    public void SetRoles_SamePersonForBoth_Invalid()
    {
        var c = Scheduled();
        var supervisor = IdOf(c, Supervisor);

        Assert.Equal(MeetingOutcome.Invalid, c.SetRoles(Supervisor, supervisor, supervisor, Later));
        Assert.Null(c.ChairId);
    }

    [Fact]
    public void SetRoles_OutsiderChair_Done()
    {
        var c = Scheduled();

        Assert.Equal(MeetingOutcome.Done, c.SetRoles(Supervisor, IdOf(c, Physician), null, Later));
        Assert.Equal(Physician, c.Chair!.Person);
    }

    [Fact]
    public void SetRoles_OutsiderSecretary_InvalidNoBotToWriteTheMemoWith()
    {
        var c = Scheduled();

        Assert.Equal(MeetingOutcome.Invalid, c.SetRoles(Supervisor, null, IdOf(c, Physician), Later));
        Assert.Null(c.SecretaryId);
    }

    [Fact]
    public void SetRoles_NullsAfterSet_RolesCleared()
    {
        var c = Scheduled();
        c.SetRoles(Supervisor, IdOf(c, Supervisor), IdOf(c, Employee), Later);

        Assert.Equal(MeetingOutcome.Done, c.SetRoles(Supervisor, null, null, Later.AddMinutes(1)));
        Assert.Equal<(Guid?, Guid?)>((null, null), (c.ChairId, c.SecretaryId));
        Assert.Null(c.Chair);
        Assert.Null(c.Secretary);
        Assert.Equal("chair:- secretary:-", c.Audit[^1].Detail);
    }

    [Fact]
    public void Secretary_ConsentChangeRemovesThem_NullUntilAllowedAgain()
    {
        var c = ScheduledAllowing(HrPerson);
        var hr = IdOf(c, HrPerson);
        c.SetRoles(Supervisor, IdOf(c, Supervisor), hr, Later);

        c.RecordConsent(Employee, Draft(), Later.AddHours(1));

        Assert.Null(c.Secretary);
        Assert.Equal(hr, c.SecretaryId);
        Assert.Equal(Supervisor, c.Chair!.Person);

        c.RecordConsent(Employee, DraftAllowing(c, HrPerson), Later.AddHours(2));

        Assert.Equal(HrPerson, c.Secretary!.Person);
    }

    [Fact]
    public void Chair_ShopStewardDroppedByLaterConsent_Null()
    {
        var c = Scheduled(Draft() with { ShopSteward = Steward });
        c.SetRoles(Supervisor, IdOf(c, Steward), null, Later);
        Assert.Equal(Steward, c.Chair!.Person);

        c.RecordConsent(Employee, Draft(), Later.AddHours(1));

        Assert.Null(c.Chair);
    }

    [Fact]
    public void Chair_AfterWithdrawal_OnlyCoreStillCounts()
    {
        var c = ScheduledAllowing(HrPerson);
        c.SetRoles(Supervisor, IdOf(c, HrPerson), IdOf(c, Employee), Later);

        c.Withdraw(Employee, Later.AddHours(1));

        Assert.Null(c.Chair);
        Assert.Equal(Employee, c.Secretary!.Person);
    }
}
