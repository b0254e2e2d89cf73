using TyokykyBot.Cases;
using static TyokykyBot.Tests.Cases.CaseFixture;
using static TyokykyBot.Tests.Cases.MeetingFixture;

namespace TyokykyBot.Tests.Cases;

/// <summary>The disclosure rule as a table: every scenario × every person, what they may see and do.</summary>
public class DisclosureTests
{
    private const CaseStanding None = CaseStanding.None;
    private const CaseStanding Informed = CaseStanding.Informed;
    private const CaseStanding Part = CaseStanding.Participant;
    private const CaseStanding Self = CaseStanding.Employee;

    /// <summary>Standing, then status, meeting (time and place), join link, attendees, controls, pre-information.</summary>
    public static TheoryData<string, string, CaseStanding, string> Table => new()
    {
        // Before the employee answers only the convener and the employee know.
        { "awaiting", "employee", Self, "status attendees" },
        { "awaiting", "supervisor", Informed, "status" },
        { "awaiting", "nurse", None, "" },
        { "awaiting", "hr", None, "" },
        { "awaiting", "stranger", None, "" },
        // Booked, HR allowed: the convening supervisor organises.
        { "booked", "employee", Self, "status meeting link attendees preinfo" },
        { "booked", "supervisor", Part, "status meeting link attendees controls preinfo" },
        { "booked", "nurse", Part, "status meeting link attendees preinfo" },
        { "booked", "hr", Part, "status meeting link attendees preinfo" },
        { "booked", "other", None, "" },
        { "booked", "stranger", None, "" },
        // HR convened and the employee left HR out: the supervisor organises, HR hears only that the employee answered.
        { "hr-convener-left-out", "hr", Informed, "" },
        { "hr-convener-left-out", "supervisor", Part, "status meeting link attendees controls preinfo" },
        { "hr-convener-left-out", "nurse", Part, "status meeting link attendees preinfo" },
        // HR allowed in version 1, removed in version 2.
        { "hr-removed", "hr", Informed, "" },
        { "hr-removed", "supervisor", Part, "status meeting link attendees controls preinfo" },
        // The employee convened: never the organiser; the supervisor is.
        { "employee-convener", "employee", Self, "status meeting link attendees preinfo" },
        { "employee-convener", "supervisor", Part, "status meeting link attendees controls preinfo" },
        // Remote proposed, the employee wants to meet in person: nobody gets a join link.
        { "in-person", "employee", Self, "status meeting attendees preinfo" },
        { "in-person", "supervisor", Part, "status meeting attendees controls preinfo" },
        { "in-person", "nurse", Part, "status meeting attendees preinfo" },
        // Withdrawn: no meeting for anyone; those who knew see the neutral status.
        { "withdrawn", "employee", Self, "status attendees" },
        { "withdrawn", "supervisor", Informed, "status" },
        { "withdrawn", "nurse", Informed, "status" },
        { "withdrawn", "hr", Informed, "status" },
        { "withdrawn", "stranger", None, "" },
    };

    /// <summary>Logistics stay by consent: whether the reader may process health data changes none of these.</summary>
    [Theory]
    [MemberData(nameof(Table))]
    public void For_ScenarioAndPerson_GivesExactlyWhatTheRuleAllows(string scenario, string who, CaseStanding standing, string sees)
    {
        foreach (var mayProcessHealthData in new[] { true, false })
        {
            var access = Disclosure.For(Scenario(scenario), new Reader(Person(who).AadObjectId, mayProcessHealthData));

            var expected = sees.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            Assert.Equal(standing, access.Standing);
            Assert.Equal(
                (expected.Contains("status"), expected.Contains("meeting"), expected.Contains("link"), expected.Contains("attendees"),
                    expected.Contains("controls"), expected.Contains("preinfo")),
                (access.SeesStatus, access.SeesMeeting, access.SeesJoinLink, access.SeesAttendees, access.HoldsControls, access.ReceivesPreInformation));
            Assert.Equal(standing == CaseStanding.Employee, access.DecidesConsent);
        }
    }

    [Theory]
    [InlineData("booked", "supervisor")]
    [InlineData("hr-convener-left-out", "supervisor")]
    [InlineData("hr-convener-allowed", "hr")]
    [InlineData("employee-convener", "supervisor")]
    [InlineData("nurse-convener", "nurse")]
    public void Organizer_Scenario_IsCoveredAndNeverTheEmployee(string scenario, string expected)
    {
        var c = Scenario(scenario);

        var organizer = Disclosure.Organizer(c);

        Assert.Equal(Person(expected), organizer?.Person);
        Assert.NotEqual(CaseRole.Employee, organizer!.Role);
        Assert.Contains(organizer, c.Attendees());
    }

    [Fact]
    public void Organizer_BeforeConsent_Nobody() => Assert.Null(Disclosure.Organizer(Convened(Full())));

    [Fact]
    public void For_TopicsNotShared_ParticipantsDoNotSeeThemButTheEmployeeDoes()
    {
        var c = Scenario("booked");

        Assert.False(Disclosure.For(c, new Reader(Nurse.AadObjectId, MayProcessHealthData: true)).SeesTopics);
        Assert.True(Disclosure.For(c, new Reader(Employee.AadObjectId, MayProcessHealthData: true)).SeesTopics);
    }

    [Fact]
    public void For_NoOneSignedIn_Nothing() => Assert.Equal(CaseAccess.Nothing, Disclosure.For(Scenario("booked"), new Reader(null, MayProcessHealthData: true)));

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void For_TopicsSharedWithACoveredParticipant_SeenOnlyWhenTheyMayProcessHealthData(bool mayProcessHealthData, bool seen)
    {
        var c = Booked(Convened(Full()), c => DraftAllowing(c, HrPerson) with { MayShareTopics = true });

        var access = Disclosure.For(c, new Reader(Nurse.AadObjectId, mayProcessHealthData));

        Assert.Equal(CaseStanding.Participant, access.Standing);
        Assert.Equal((seen, seen), (access.SeesTopics, access.SeesNote));
        Assert.True(access.SeesMeeting && access.SeesJoinLink && access.ReceivesPreInformation);
    }

    [Fact]
    public void For_EmployeeNotDesignated_StillSeesTheirOwnCase()
    {
        var c = Booked(Convened(Full()), c => DraftAllowing(c, HrPerson) with { MayShareTopics = true });

        var access = Disclosure.For(c, Reader.WithoutHealthData(Employee.AadObjectId));

        Assert.True(access.SeesTopics && access.SeesNote && access.SeesMeeting && access.DecidesConsent);
    }

    [Fact]
    public void NeedsRebooking_OrganizerNoLongerCovered_True()
    {
        var c = Convened(Full() with { Convener = HrPerson, ConvenerRole = CaseRole.Hr, Others = [new(OtherPerson, CaseRole.Other)] });
        Assert.True(c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { RemoteMeeting = true }, Now).Succeeded);
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking() with { Organizer = "aad-hr" }, BookedAt));
        Assert.False(c.NeedsRebooking);

        Assert.True(c.RecordConsent(Employee, Draft() with { RemoteMeeting = true }, Now.AddHours(1)).Succeeded);

        Assert.True(c.NeedsRebooking);
        Assert.Equal(Supervisor, Disclosure.Organizer(c)!.Person);
    }

    [Fact]
    public void NeedsRebooking_RemoteWithdrawnFromAnOnlineMeeting_TrueAndRebookingRetiresTheOldEvent()
    {
        var c = Scenario("booked");
        Assert.True(c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { RemoteMeeting = false }, Now.AddHours(1)).Succeeded);
        Assert.True(c.NeedsRebooking);
        var transaction = c.RebookingTransactionId;

        var outcome = c.RecordRebooking(Booking("event-2") with { Organizer = "aad-supervisor", JoinUrl = null, Online = false }, Now.AddHours(2));

        Assert.Equal(MeetingOutcome.Done, outcome);
        Assert.False(c.NeedsRebooking);
        Assert.Equal("event-1", Assert.Single(c.RetiredMeetings).EventId);
        Assert.Equal(transaction, c.TransactionId);
        Assert.NotEqual(transaction, c.RebookingTransactionId);
        c.RecordRetiredCancelled("event-1", Now.AddHours(3));
        Assert.Empty(c.RetiredMeetings);
    }

    private static Case Scenario(string name)
    {
        switch (name)
        {
            case "awaiting":
                return Convened(Full());
            case "booked":
                return Booked(Convened(Full()), c => DraftAllowing(c, HrPerson));
            case "hr-convener-left-out":
                return Booked(Convened(Full() with { Convener = HrPerson, ConvenerRole = CaseRole.Hr, Others = [new(OtherPerson, CaseRole.Other)] }), _ => Draft());
            case "hr-convener-allowed":
                return Booked(Convened(Full() with { Convener = HrPerson, ConvenerRole = CaseRole.Hr, Others = [new(OtherPerson, CaseRole.Other)] }),
                    c => DraftAllowing(c, HrPerson));
            case "hr-removed":
            {
                var c = Booked(Convened(Full()), c => DraftAllowing(c, HrPerson));
                Assert.True(c.RecordConsent(Employee, Draft() with { RemoteMeeting = true }, Now.AddHours(1)).Succeeded);
                return c;
            }
            case "employee-convener":
                return Booked(Convened(Full() with { Convener = Employee, ConvenerRole = CaseRole.Employee, Supervisor = Supervisor }), _ => Draft());
            case "nurse-convener":
                return Booked(Convened(Full() with { Convener = Nurse, ConvenerRole = CaseRole.OhNurse, Supervisor = Supervisor }), _ => Draft());
            case "in-person":
            {
                var c = Convened(Full());
                Assert.True(c.RecordConsent(Employee, DraftAllowing(c, HrPerson) with { RemoteMeeting = false }, Now).Succeeded);
                Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking() with { Organizer = "aad-supervisor", JoinUrl = null, Online = false }, BookedAt));
                return c;
            }
            case "withdrawn":
            {
                var c = Booked(Convened(Full()), c => DraftAllowing(c, HrPerson));
                Assert.True(c.Withdraw(Employee, Now.AddHours(1)).Succeeded);
                return c;
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(name));
        }
    }

    /// <summary>Consent with remote allowed, then the booking in the organiser's calendar, the way the orchestration does it.</summary>
    private static Case Booked(Case c, Func<Case, ConsentDraft> draft)
    {
        Assert.True(c.RecordConsent(Employee, draft(c) with { RemoteMeeting = true }, Now).Succeeded);
        var organizer = Disclosure.Organizer(c)!.Person.AadObjectId!;
        Assert.Equal(MeetingOutcome.Done, c.RecordBooking(Booking() with { Organizer = organizer }, BookedAt));
        return c;
    }

    /// <summary>The fixture's request with an OH nurse inside the tenant beside the outside physician.</summary>
    private static ConveneRequest Full() =>
        Request() with { Supervisor = Supervisor, OccupationalHealth = [new(Physician, CaseRole.OhPhysician), new(Nurse, CaseRole.OhNurse)] };

    private static Case Convened(ConveneRequest request) => Case.Convene(request, CaseId, Now).Case!;

    private static PersonRef Person(string who) => who switch
    {
        "employee" => Employee,
        "supervisor" => Supervisor,
        "nurse" => Nurse,
        "hr" => HrPerson,
        "other" => OtherPerson,
        _ => Stranger,
    };
}
