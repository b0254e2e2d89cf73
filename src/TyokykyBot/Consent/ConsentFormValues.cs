using TyokykyBot.Cases;

namespace TyokykyBot.Consent;

/// <summary>The consent card's answers as read from the card, before the shop steward is looked up.</summary>
public sealed record ConsentFormValues
{
    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<Guid> AllowedAttendeeIds { get; init; } = [];

    /// <summary>The choice's value: an AAD object id (an e-mail for someone outside the tenant).</summary>
    public string? ShopSteward { get; init; }

    /// <summary>A name or e-mail typed where there is no choice (or the steward is not listed).</summary>
    public string? ShopStewardText { get; init; }

    public IReadOnlyList<Guid> MemoRecipientIds { get; init; } = [];

    public bool MemoToShopSteward { get; init; }

    public bool MayShareTopics { get; init; }

    /// <summary>
    /// True: a remote meeting suits the employee; false: they want to meet on site, or the meeting
    /// is on site anyway. Null: the remote question was asked and not answered.
    /// </summary>
    public bool? RemoteMeeting { get; init; }

    public string? Note { get; init; }

    /// <summary>
    /// What the latest given version says, to prefill a change; nothing when there is none, so
    /// a first consent starts with every choice off.
    /// </summary>
    public static ConsentFormValues FromLatest(Case c)
    {
        if (c.LatestConsent is not { Decision: ConsentDecision.Given } latest)
            return new ConsentFormValues();
        var steward = c.Participants.FirstOrDefault(p => p.Id == latest.ShopStewardId)?.Person;
        return new ConsentFormValues
        {
            Topics = latest.Topics,
            AllowedAttendeeIds = latest.AllowedAttendeeIds,
            ShopSteward = steward?.AadObjectId,
            ShopStewardText = steward is { AadObjectId: null } ? steward.Email : null,
            MemoRecipientIds = [.. latest.MemoRecipientIds.Where(id => id != latest.ShopStewardId)],
            MemoToShopSteward = latest.ShopStewardId is { } stewardId && latest.MemoRecipientIds.Contains(stewardId),
            MayShareTopics = latest.MayShareTopics,
            RemoteMeeting = latest.RemoteMeeting,
            Note = latest.Note,
        };
    }
}
