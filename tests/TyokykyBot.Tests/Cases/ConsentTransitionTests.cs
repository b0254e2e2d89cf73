using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class ConsentTransitionTests
{
    [Fact]
    public void RecordConsent_AwaitingConsent_SchedulingWithVersionOne()
    {
        var c = Convened();

        var result = c.RecordConsent(Employee, Draft(), Now);

        Assert.Equal(ConsentOutcome.Recorded, result.Outcome);
        Assert.Equal(CaseState.Scheduling, c.State);
        Assert.Equal(1, result.Version!.Number);
        Assert.Equal((ConsentDecision.Given, "aad-employee", Now), (result.Version.Decision, result.Version.RecordedBy, result.Version.RecordedAt));
    }

    [Theory]
    [InlineData(CaseState.Scheduling)]
    [InlineData(CaseState.Scheduled)]
    public void RecordConsent_Change_NewVersionStateStays(CaseState state)
    {
        var c = InState(Consented(), state);

        var result = c.RecordConsent(Employee, Draft() with { MayShareTopics = true }, Now.AddHours(1));

        Assert.Equal(2, result.Version!.Number);
        Assert.Equal(state, c.State);
        Assert.Equal([1, 2], c.Consents.Select(v => v.Number));
    }

    [Fact]
    public void RecordConsent_Change_EarlierVersionUnchanged()
    {
        var c = Consented(Draft() with { Topics = ["work-tasks"], RemoteMeeting = false });

        c.RecordConsent(Employee, Draft() with { Topics = ["working-hours"], RemoteMeeting = true }, Now.AddHours(1));

        Assert.Equal(["work-tasks"], c.Consents[0].Topics);
        Assert.False(c.Consents[0].RemoteMeeting);
        Assert.Equal(Now, c.Consents[0].RecordedAt);
    }

    [Fact]
    public void Decline_AwaitingConsent_CancelledWithDeclinedVersion()
    {
        var c = Convened();

        var result = c.Decline(Employee, Now);

        Assert.Equal(ConsentOutcome.Recorded, result.Outcome);
        Assert.Equal(CaseState.Cancelled, c.State);
        Assert.Equal((1, ConsentDecision.Declined), (c.LatestConsent!.Number, c.LatestConsent.Decision));
    }

    [Theory]
    [InlineData(CaseState.Scheduling)]
    [InlineData(CaseState.Scheduled)]
    public void Withdraw_Consented_CancelledWithWithdrawnVersion(CaseState state)
    {
        var c = InState(Consented(), state);

        var result = c.Withdraw(Employee, Now.AddDays(1));

        Assert.Equal(ConsentOutcome.Recorded, result.Outcome);
        Assert.Equal(CaseState.Cancelled, c.State);
        Assert.Equal((2, ConsentDecision.Withdrawn), (c.LatestConsent!.Number, c.LatestConsent.Decision));
    }

    [Theory]
    [InlineData(CaseState.Scheduling)]
    [InlineData(CaseState.Scheduled)]
    [InlineData(CaseState.Cancelled)]
    [InlineData(CaseState.Held)]
    public void Decline_NotAwaitingConsent_InvalidStateNothingChanged(CaseState state)
    {
        var c = InState(Consented(), state);

        var result = c.Decline(Employee, Now);

        Assert.Equal(ConsentOutcome.InvalidState, result.Outcome);
        Assert.Equal(state, c.State);
        Assert.Single(c.Consents);
    }

    [Theory]
    [InlineData(CaseState.AwaitingConsent)]
    [InlineData(CaseState.Cancelled)]
    [InlineData(CaseState.Held)]
    [InlineData(CaseState.FollowUp)]
    [InlineData(CaseState.Closed)]
    [InlineData(CaseState.Erased)]
    public void Withdraw_StateWithoutLiveConsent_InvalidState(CaseState state)
    {
        var c = InState(Convened(), state);

        var result = c.Withdraw(Employee, Now);

        Assert.Equal(ConsentOutcome.InvalidState, result.Outcome);
        Assert.Equal(state, c.State);
        Assert.Empty(c.Consents);
    }

    [Theory]
    [InlineData(CaseState.Cancelled)]
    [InlineData(CaseState.Held)]
    [InlineData(CaseState.FollowUp)]
    [InlineData(CaseState.Closed)]
    [InlineData(CaseState.Erased)]
    public void RecordConsent_LaterOrEndedState_InvalidState(CaseState state)
    {
        var c = InState(Convened(), state);

        var result = c.RecordConsent(Employee, Draft(), Now);

        Assert.Equal(ConsentOutcome.InvalidState, result.Outcome);
        Assert.Equal(state, c.State);
        Assert.Empty(c.Consents);
    }

    [Fact]
    public void RecordConsent_AfterDecline_InvalidState()
    {
        var c = Convened();
        c.Decline(Employee, Now);

        Assert.Equal(ConsentOutcome.InvalidState, c.RecordConsent(Employee, Draft(), Now).Outcome);
        Assert.Equal(CaseState.Cancelled, c.State);
    }

    [Fact]
    public void Withdraw_Twice_SecondUnchangedAndNotRecorded()
    {
        var c = Consented();
        c.Withdraw(Employee, Now);
        var audited = c.Audit.Count;

        Assert.Equal(ConsentOutcome.Unchanged, c.Withdraw(Employee, Now).Outcome);
        Assert.Equal(2, c.Consents.Count);
        Assert.Equal((audited + 1, AuditAction.ConsentRepeated), (c.Audit.Count, c.Audit[^1].Action));
    }

    [Fact]
    public void Decline_Twice_SecondUnchanged()
    {
        var c = Convened();
        c.Decline(Employee, Now);

        Assert.Equal(ConsentOutcome.Unchanged, c.Decline(Employee, Now).Outcome);
        Assert.Single(c.Consents);
    }

    [Fact]
    public void RecordConsent_SameAnswerAgain_UnchangedNoNewVersion()
    {
        var c = Consented(DraftAllowing(Convened(), HrPerson) with { AllowedAttendeeIds = [] });
        var audited = c.Audit.Count;

        var again = c.RecordConsent(Employee, Draft(), Now.AddMinutes(1));

        Assert.Equal((ConsentOutcome.Unchanged, 1), (again.Outcome, again.Version!.Number));
        Assert.Single(c.Consents);
        Assert.Equal(new AuditEntry(Now.AddMinutes(1), "aad-employee", AuditAction.ConsentRepeated, "v1"), c.Audit[^1]);
        Assert.Equal(audited + 1, c.Audit.Count);
    }

    [Fact]
    public void RecordConsent_SomethingChanged_NewVersion()
    {
        var c = Consented();

        Assert.Equal(ConsentOutcome.Recorded, c.RecordConsent(Employee, Draft() with { MayShareTopics = true }, Now.AddMinutes(1)).Outcome);
        Assert.Equal(2, c.Consents.Count);
    }
}
