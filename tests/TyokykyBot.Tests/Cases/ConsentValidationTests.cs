using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;

namespace TyokykyBot.Tests.Cases;

public class ConsentValidationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData(" |")]
    public void RecordConsent_NoTopics_NoTopicsNothingRecorded(string? joined)
    {
        var c = Convened();
        string[] topics = joined is null ? [] : joined.Split('|');

        var result = c.RecordConsent(Employee, Draft() with { Topics = topics }, Now);

        Assert.Equal(ConsentOutcome.Invalid, result.Outcome);
        Assert.Equal([new ValidationError(CaseField.Topics, CaseErrorCode.NoTopics)], result.Errors);
        Assert.Equal(CaseState.AwaitingConsent, c.State);
        Assert.Empty(c.Consents);
    }

    [Fact]
    public void RecordConsent_AllowsCoreParticipant_NotProposed()
    {
        var c = Convened();

        var result = c.RecordConsent(Employee, DraftAllowing(c, Supervisor), Now);

        Assert.Equal([new ValidationError(CaseField.AllowedAttendees, CaseErrorCode.NotProposed)], result.Errors);
    }

    [Fact]
    public void RecordConsent_AllowsUnknownId_NotProposed()
    {
        var c = Convened();

        var result = c.RecordConsent(Employee, Draft() with { AllowedAttendeeIds = [Guid.NewGuid()] }, Now);

        Assert.Equal([new ValidationError(CaseField.AllowedAttendees, CaseErrorCode.NotProposed)], result.Errors);
    }

    [Fact]
    public void RecordConsent_MemoToProposedNotAllowed_NotCovered()
    {
        var c = Convened();

        var result = c.RecordConsent(Employee, Draft() with { MemoRecipientIds = [IdOf(c, HrPerson)] }, Now);

        Assert.Equal([new ValidationError(CaseField.MemoRecipients, CaseErrorCode.NotCovered)], result.Errors);
        Assert.Empty(c.Consents);
    }

    [Fact]
    public void RecordConsent_MemoToUnknownId_NotCovered()
    {
        var c = Convened();

        var result = c.RecordConsent(Employee, Draft() with { MemoRecipientIds = [Guid.NewGuid()] }, Now);

        Assert.Equal([new ValidationError(CaseField.MemoRecipients, CaseErrorCode.NotCovered)], result.Errors);
        Assert.Empty(c.Consents);
    }

    [Fact]
    public void RecordConsent_MemoToShopStewardWithoutSteward_NotCovered()
    {
        var result = Convened().RecordConsent(Employee, Draft() with { MemoToShopSteward = true }, Now);

        Assert.Equal([new ValidationError(CaseField.MemoRecipients, CaseErrorCode.NotCovered)], result.Errors);
    }

    [Fact]
    public void RecordConsent_ShopStewardAlreadyOnCase_DuplicatePerson()
    {
        var c = Convened();

        var result = c.RecordConsent(Employee, Draft() with { ShopSteward = Supervisor }, Now);

        Assert.Equal([new ValidationError(CaseField.ShopSteward, CaseErrorCode.DuplicatePerson)], result.Errors);
        Assert.DoesNotContain(c.Participants, p => p.Role == CaseRole.ShopSteward);
    }

    [Fact]
    public void RecordConsent_ShopStewardBadEmail_InvalidPerson()
    {
        var result = Convened().RecordConsent(Employee, Draft() with { ShopSteward = PersonRef.Outsider("nope", "L") }, Now);

        Assert.Equal([new ValidationError(CaseField.ShopSteward, CaseErrorCode.InvalidPerson)], result.Errors);
    }

    [Fact]
    public void RecordConsent_NoteTooLong_TooLongOnNote()
    {
        var note = new string('x', ConsentDraft.MaxNoteLength + 1);

        var result = Convened().RecordConsent(Employee, Draft() with { Note = note }, Now);

        Assert.Equal([new ValidationError(CaseField.Note, CaseErrorCode.TooLong)], result.Errors);
    }

    [Fact]
    public void RecordConsent_InvalidChange_PreviousVersionStillLatest()
    {
        var c = Consented();

        c.RecordConsent(Employee, Draft() with { Topics = [] }, Now);

        Assert.Equal(1, c.LatestConsent!.Number);
        Assert.Equal(["work-tasks"], c.AgreedTopics());
    }
}
