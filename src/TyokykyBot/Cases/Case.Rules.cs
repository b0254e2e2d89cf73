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

    /// <summary>The core group, plus the proposed attendees and shop steward a given consent allows.</summary>
    public IReadOnlyList<Participant> Attendees()
    {
        var consent = Covering;
        return [.. _participants.Where(p => p.IsCore || (consent is not null
            && (consent.AllowedAttendeeIds.Contains(p.Id) || consent.ShopStewardId == p.Id)))];
    }

    /// <summary>Nobody receives a memo without a given consent naming them.</summary>
    public IReadOnlyList<Participant> MemoRecipients()
    {
        if (Covering is not { } consent)
            return [];
        return [.. Attendees().Where(p => consent.MemoRecipientIds.Contains(p.Id))];
    }

    private ConsentVersion? Covering => LatestConsent is { Decision: ConsentDecision.Given } latest ? latest : null;
}
