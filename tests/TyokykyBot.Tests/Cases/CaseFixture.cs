using TyokykyBot.Cases;

namespace TyokykyBot.Tests.Cases;

internal static class CaseFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(2));
    public static readonly DateOnly Today = new(2026, 3, 2);
    public static readonly Guid CaseId = Guid.Parse("0b7e2c1a-4f3d-7a10-9c2e-5d8f61a4b3c7");

    public static readonly PersonRef Employee = PersonRef.Insider("aad-employee", "Eeva Työntekijä", "eeva@contoso.fi");
    public static readonly PersonRef Supervisor = PersonRef.Insider("aad-supervisor", "Sakari Esihenkilö");
    public static readonly PersonRef Physician = PersonRef.Outsider("laakari@terveystalo.example", "Lea Lääkäri");
    public static readonly PersonRef Nurse = PersonRef.Insider("aad-nurse", "Hanna Hoitaja");
    public static readonly PersonRef HrPerson = PersonRef.Insider("aad-hr", "Heikki Henkilöstö");
    public static readonly PersonRef OtherPerson = PersonRef.Insider("aad-other", "Olli Muu");
    public static readonly PersonRef Steward = PersonRef.Insider("aad-steward", "Leena Luottamusmies");
    public static readonly PersonRef Stranger = PersonRef.Insider("aad-stranger", "Ville Vieras");

    public static ConveneRequest Request() => new()
    {
        Convener = Supervisor,
        ConvenerRole = CaseRole.Supervisor,
        Employee = Employee,
        OccupationalHealth = [new(Physician, CaseRole.OhPhysician)],
        Others = [new(HrPerson, CaseRole.Hr), new(OtherPerson, CaseRole.Other)],
        WindowStart = Today.AddDays(7),
        WindowEnd = Today.AddDays(25),
    };

    public static Case Convened() => Case.Convene(Request(), CaseId, Now).Case!;

    public static Guid IdOf(Case c, PersonRef person) => c.Participants.Single(p => p.Person == person).Id;

    public static ConsentDraft Draft() => new() { Topics = ["work-tasks"], RemoteMeeting = true };

    public static ConsentDraft DraftAllowing(Case c, params PersonRef[] allowed) =>
        Draft() with { AllowedAttendeeIds = [.. allowed.Select(p => IdOf(c, p))] };

    public static Case Consented(ConsentDraft? draft = null)
    {
        var c = Convened();
        Assert.Equal(ConsentOutcome.Recorded, c.RecordConsent(Employee, draft ?? Draft(), Now).Outcome);
        return c;
    }

    /// <summary>
    /// Scheduling is a later flow; a Scheduled case is made the way EF would load one, by setting
    /// the private state.
    /// </summary>
    public static Case InState(Case c, CaseState state)
    {
        typeof(Case).GetProperty(nameof(Case.State))!.SetValue(c, state);
        return c;
    }

    public static IEnumerable<PersonRef> People(this IEnumerable<Participant> participants) =>
        participants.Select(p => p.Person);
}
