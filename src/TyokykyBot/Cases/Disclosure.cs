namespace TyokykyBot.Cases;

/// <summary>
/// The one rule of who may see and do what on a case, from the case and its latest consent alone.
/// Every card, refresh, notice, calendar request and reply asks it. The reader's designation as a
/// handler of health data is an argument (<see cref="Reader"/>); later inputs (a memo's approvers
/// and recipients, action owners) become arguments here too.
/// </summary>
public static class Disclosure
{
    public static CaseAccess For(Case c, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(c);
        var aadObjectId = reader.AadObjectId;
        if (string.IsNullOrWhiteSpace(aadObjectId))
            return CaseAccess.Nothing;

        var consent = c.LatestConsent;
        var given = consent?.Decision == ConsentDecision.Given;
        var booked = given && c.Meeting is not null && !c.MeetingCancelled && c.State == CaseState.Scheduled;
        var link = booked && c.OnlineAllowed && c.Meeting!.JoinUrl is { Length: > 0 };
        if (Same(c.Employee.Person.AadObjectId, aadObjectId))
        {
            return new CaseAccess(CaseStanding.Employee, c.Employee, SeesStatus: true, booked, link, SeesAttendees: true,
                SeesTopics: true, HoldsControls: false, DecidesConsent: true, ReceivesPreInformation: given) { SeesNote = true };
        }

        if (given && c.Attendees().FirstOrDefault(p => Same(p.Person.AadObjectId, aadObjectId)) is { } attendee)
        {
            // Health detail needs both the consent's coverage and the employer's designation; logistics only the consent.
            return new CaseAccess(CaseStanding.Participant, attendee, SeesStatus: true, booked, link, SeesAttendees: true,
                c.MayShareTopics && reader.MayProcessHealthData, HoldsControls: IsOrganizer(c, aadObjectId), DecidesConsent: false,
                ReceivesPreInformation: true) { SeesNote = reader.MayProcessHealthData };
        }

        if (!WasTold(c, aadObjectId))
            return CaseAccess.Nothing;

        // Told of the case but not covered now: with a consent in force only that the employee has
        // answered; before the answer, or once the case is closed, its neutral status.
        return CaseAccess.Nothing with { Standing = CaseStanding.Informed, SeesStatus = !given };
    }

    /// <summary>
    /// Who books the event and holds the meeting's controls: the convener when the latest consent
    /// covers them and they are not the employee, else the supervisor. Never the employee, never
    /// someone the consent does not cover; null before a consent is given.
    /// </summary>
    public static Participant? Organizer(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.LatestConsent?.Decision != ConsentDecision.Given)
            return null;
        var attendees = c.Attendees();
        var convener = attendees.FirstOrDefault(p => p.Role != CaseRole.Employee && p.Person.IsInsider && p.Person.Matches(c.Convener));
        return convener
            ?? attendees.FirstOrDefault(p => p.Role == CaseRole.Supervisor && p.Person.IsInsider)
            ?? attendees.FirstOrDefault(p => p.Role != CaseRole.Employee && p.Person.IsInsider);
    }

    public static bool IsOrganizer(Case c, string? aadObjectId) =>
        Organizer(c) is { } organizer && Same(organizer.Person.AadObjectId, aadObjectId);

    /// <summary>Who hears of the case's problems (no slot, a calendar refusal): the organiser, else the convener before the answer.</summary>
    public static PersonRef? NoticeRecipient(Case c)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (Organizer(c) is { } organizer)
            return organizer.Person;
        return c.LatestConsent is null && c.Convener.IsInsider ? c.Convener : null;
    }

    /// <summary>The convener always knows; anyone else only if some consent version covered them.</summary>
    private static bool WasTold(Case c, string aadObjectId) =>
        Same(c.Convener.AadObjectId, aadObjectId)
        || c.Consents.Any(v => v.Decision == ConsentDecision.Given && c.AttendeesUnder(v).Any(p => Same(p.Person.AadObjectId, aadObjectId)));

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
