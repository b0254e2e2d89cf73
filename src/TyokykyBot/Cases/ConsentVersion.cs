namespace TyokykyBot.Cases;

/// <summary>
/// One recorded consent decision, numbered from 1. Never changed once recorded: a change is a new
/// version, and every rule reads only the latest one.
/// </summary>
public sealed class ConsentVersion
{
    private readonly List<string> _topics = [];
    private readonly List<Guid> _allowedAttendeeIds = [];
    private readonly List<Guid> _memoRecipientIds = [];

    private ConsentVersion() => RecordedBy = "";

    private ConsentVersion(int number, string recordedBy, DateTimeOffset recordedAt, ConsentDecision decision)
    {
        Number = number;
        RecordedBy = recordedBy;
        RecordedAt = recordedAt;
        Decision = decision;
    }

    public int Number { get; private set; }

    /// <summary>The employee's AAD object id.</summary>
    public string RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public ConsentDecision Decision { get; private set; }

    public IReadOnlyList<string> Topics => _topics;

    public IReadOnlyList<Guid> AllowedAttendeeIds => _allowedAttendeeIds;

    public Guid? ShopStewardId { get; private set; }

    /// <summary>Includes <see cref="ShopStewardId"/> when the steward receives the memo.</summary>
    public IReadOnlyList<Guid> MemoRecipientIds => _memoRecipientIds;

    public bool MayShareTopics { get; private set; }

    public bool RemoteMeeting { get; private set; }

    public string? Note { get; private set; }

    internal static ConsentVersion Given(int number, string by, DateTimeOffset at, ConsentDraft draft, Guid? shopStewardId)
    {
        var version = new ConsentVersion(number, by, at, ConsentDecision.Given)
        {
            ShopStewardId = shopStewardId,
            MayShareTopics = draft.MayShareTopics,
            RemoteMeeting = draft.RemoteMeeting,
            Note = string.IsNullOrWhiteSpace(draft.Note) ? null : draft.Note.Trim(),
        };
        version._topics.AddRange(draft.Topics.Select(t => t.Trim()).Distinct(StringComparer.Ordinal));
        version._allowedAttendeeIds.AddRange(draft.AllowedAttendeeIds.Distinct());
        version._memoRecipientIds.AddRange(draft.MemoRecipientIds.Distinct());
        if (draft.MemoToShopSteward && shopStewardId is { } steward)
            version._memoRecipientIds.Add(steward);
        return version;
    }

    /// <summary>
    /// Whether a new draft would record exactly this version again. A steward not yet on the roster
    /// comes as <see cref="Guid.Empty"/>, which no version names.
    /// </summary>
    internal bool Says(ConsentDraft draft, Guid? shopStewardId)
    {
        var memo = draft.MemoRecipientIds.Distinct().ToList();
        if (draft.MemoToShopSteward && shopStewardId is { } steward)
            memo.Add(steward);
        var note = string.IsNullOrWhiteSpace(draft.Note) ? null : draft.Note.Trim();
        return Decision == ConsentDecision.Given
            && ShopStewardId == shopStewardId
            && (MayShareTopics, RemoteMeeting, Note) == (draft.MayShareTopics, draft.RemoteMeeting, note)
            && _topics.ToHashSet(StringComparer.Ordinal).SetEquals(draft.Topics.Select(t => t.Trim()))
            && _allowedAttendeeIds.ToHashSet().SetEquals(draft.AllowedAttendeeIds)
            && _memoRecipientIds.ToHashSet().SetEquals(memo);
    }

    internal ConsentVersionSnapshot ToSnapshot() => new(
        Number, RecordedBy, RecordedAt, Decision, [.. _topics], [.. _allowedAttendeeIds], ShopStewardId,
        [.. _memoRecipientIds], MayShareTopics, RemoteMeeting, Note);

    internal static ConsentVersion FromSnapshot(ConsentVersionSnapshot snapshot)
    {
        var version = new ConsentVersion(snapshot.Number, snapshot.RecordedBy, snapshot.RecordedAt, snapshot.Decision)
        {
            ShopStewardId = snapshot.ShopStewardId,
            MayShareTopics = snapshot.MayShareTopics,
            RemoteMeeting = snapshot.RemoteMeeting,
            Note = snapshot.Note,
        };
        version._topics.AddRange(snapshot.Topics);
        version._allowedAttendeeIds.AddRange(snapshot.AllowedAttendeeIds);
        version._memoRecipientIds.AddRange(snapshot.MemoRecipientIds);
        return version;
    }

    /// <summary>A declined or withdrawn version covers nothing, so it carries nothing.</summary>
    internal static ConsentVersion Empty(int number, string by, DateTimeOffset at, ConsentDecision decision) =>
        new(number, by, at, decision);
}
