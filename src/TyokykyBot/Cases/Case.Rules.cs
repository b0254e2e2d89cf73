namespace TyokykyBot.Cases;

/// <summary>
/// Every rule reads the latest consent version and nothing else, so a change or a withdrawal
/// takes effect everywhere at once.
/// </summary>
public sealed partial class Case
{
    public ConsentVersion? LatestConsent => _consents.Count == 0 ? null : _consents[^1];

    public IReadOnlyList<string> AgreedTopics() => Covering?.Topics ?? [];

    public bool MayShareTopics => Covering?.MayShareTopics ?? false;

    public bool RemoteAllowed => Covering?.RemoteMeeting ?? false;

    /// <summary>An online meeting only where the convener proposed one and the latest consent allows it.</summary>
    public bool OnlineAllowed => Mode == MeetingMode.Remote && RemoteAllowed;

    /// <summary>The core group, plus the proposed attendees and shop steward the latest given consent allows.</summary>
    public IReadOnlyList<Participant> Attendees() => AttendeesUnder(Covering);

    /// <summary>Who a given consent version lets attend; with none, the core group (who attend only once one is given).</summary>
    internal IReadOnlyList<Participant> AttendeesUnder(ConsentVersion? consent) =>
        [.. _participants.Where(p => p.IsCore || (consent is not null
            && (consent.AllowedAttendeeIds.Contains(p.Id) || consent.ShopStewardId == p.Id)))];

    /// <summary>Nobody receives a memo without a given consent naming them.</summary>
    public IReadOnlyList<Participant> MemoRecipients()
    {
        if (Covering is not { } consent)
            return [];
        return [.. Attendees().Where(p => consent.MemoRecipientIds.Contains(p.Id))];
    }

    private ConsentVersion? Covering => LatestConsent is { Decision: ConsentDecision.Given } latest ? latest : null;
}
