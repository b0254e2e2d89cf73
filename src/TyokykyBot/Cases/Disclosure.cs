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
    /// The memo's part of the one rule. Only someone the latest consent covers, and who may process
    /// health data, has any part in a memo (the employee always may). The secretary writes it; the
    /// attendees ticked on a version approve it while it circulates; once final, only its recipients
    /// (<see cref="MemoRecipients"/>) hold it. Outsiders get no bot cards: the secretary records their approval.
    /// </summary>
    public static MemoAccess ForMemo(Case c, Memo memo, Reader reader)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(memo);
        if (memo.CaseId != c.Id || For(c, reader) is not { As: { } participant } access)
            return MemoAccess.Nothing;
        var employee = access.Standing == CaseStanding.Employee;
        if ((!employee && !reader.MayProcessHealthData) || !participant.Person.IsInsider)
            return MemoAccess.Nothing;

        var writes = c.Secretary?.Id == participant.Id && memo.State is MemoState.Draft or MemoState.Circulating;
        var approves = memo.State == MemoState.Circulating && MemoApprovers(c, memo).Any(p => p.Id == participant.Id);
        var receives = memo.State is MemoState.Approved or MemoState.Delivered && MemoRecipients(c, memo).Any(p => p.Id == participant.Id);
        return new MemoAccess(participant, writes, approves, receives);
    }

    /// <summary>Who must approve a memo version: the attendees it lists whom the latest consent still covers, insiders and outsiders.</summary>
    public static IReadOnlyList<Participant> MemoApprovers(Case c, Memo memo)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(memo);
        return [.. c.Attendees().Where(p => memo.Content.AttendeeIds.Contains(p.Id))];
    }

    /// <summary>
    /// Who receives a memo version: its own list intersected with the latest consent's memo recipients,
    /// read anew on every change, so a narrowed or withdrawn consent narrows every memo at once. The
    /// employee, whose memo it is, keeps a copy they chose to receive whatever the consent says later.
    /// </summary>
    public static IReadOnlyList<Participant> MemoRecipients(Case c, Memo memo)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(memo);
        var allowed = c.MemoRecipients();
        return [.. c.Participants.Where(p => memo.Content.RecipientIds.Contains(p.Id)
            && (p.Role == CaseRole.Employee || allowed.Any(a => a.Id == p.Id)))];
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
