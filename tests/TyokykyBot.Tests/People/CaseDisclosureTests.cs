using Moq;
using TyokykyBot.Cases;
using TyokykyBot.People;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.People;

/// <summary>The disclosure rule with the directory's designation of health-data handlers looked up.</summary>
public class CaseDisclosureTests
{
    /// <summary>Booked, HR allowed, topics shared, with a note: everything a covered participant could be shown.</summary>
    private static Case Shared()
    {
        var c = Convened();
        Assert.True(c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { MayShareTopics = true, Note = "muistettavaa" }, Now).Succeeded);
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking(), BookedAt));
        return c;
    }

    private static Mock<IPeopleDirectory> Directory(Func<string, bool?> handler)
    {
        var directory = new Mock<IPeopleDirectory>(MockBehavior.Strict);
        directory.Setup(d => d.IsHealthDataHandlerAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((string id, CancellationToken _) => Task.FromResult(handler(id)));
        return directory;
    }

    [Fact]
    public async Task ForAsync_NoDesignation_ConsentAloneDecides()
    {
        var c = Shared();
        var disclosure = new CaseDisclosure(Directory(_ => null).Object);

        var hr = await disclosure.ForAsync(c, HrPerson.AadObjectId, default);

        Assert.Equal(Disclosure.For(c, new Reader(HrPerson.AadObjectId, MayProcessHealthData: true)), hr);
        Assert.True(hr.SeesTopics && hr.SeesNote);
    }

    [Fact]
    public async Task ForAsync_CoveredParticipantNotDesignated_SeesTheMeetingButNoTopicsOrNote()
    {
        var c = Shared();
        var disclosure = new CaseDisclosure(Directory(id => id == Supervisor.AadObjectId).Object);

        var hr = await disclosure.ForAsync(c, HrPerson.AadObjectId, default);
        var supervisor = await disclosure.ForAsync(c, Supervisor.AadObjectId, default);

        Assert.Equal(CaseStanding.Participant, hr.Standing);
        Assert.True(hr.SeesMeeting && hr.SeesJoinLink && hr.ReceivesPreInformation);
        Assert.False(hr.SeesTopics || hr.SeesNote);
        Assert.True(supervisor.SeesTopics && supervisor.SeesNote);
    }

    [Fact]
    public async Task ForAsync_DesignatedGroupEmpty_RestrictsEveryoneButTheEmployee()
    {
        var c = Shared();
        var disclosure = new CaseDisclosure(Directory(_ => false).Object);

        foreach (var participant in new[] { Supervisor, HrPerson })
        {
            var access = await disclosure.ForAsync(c, participant.AadObjectId, default);
            Assert.False(access.SeesTopics || access.SeesNote);
            Assert.True(access.SeesMeeting);
        }

        var employee = await disclosure.ForAsync(c, Employee.AadObjectId, default);
        Assert.True(employee.SeesTopics && employee.SeesNote && employee.DecidesConsent);
    }

    [Fact]
    public async Task ForAsync_DesignatedStranger_LearnsNothing()
    {
        var disclosure = new CaseDisclosure(Directory(_ => true).Object);

        Assert.Equal(CaseAccess.Nothing, await disclosure.ForAsync(Shared(), Stranger.AadObjectId, default));
        Assert.Equal(CaseAccess.Nothing, await disclosure.ForAsync(Shared(), null, default));
    }

    [Fact]
    public async Task ForAsync_SamePersonTwiceInOneScope_AsksTheDirectoryOnce()
    {
        var directory = Directory(_ => true);
        var disclosure = new CaseDisclosure(directory.Object);

        await disclosure.ForAsync(Shared(), HrPerson.AadObjectId, default);
        await disclosure.ForAsync(Shared(), HrPerson.AadObjectId!.ToUpperInvariant(), default);
        await disclosure.ForAsync(Shared(), Supervisor.AadObjectId, default);

        directory.Verify(d => d.IsHealthDataHandlerAsync(HrPerson.AadObjectId!, It.IsAny<CancellationToken>()), Times.Once);
        directory.Verify(d => d.IsHealthDataHandlerAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }
}
