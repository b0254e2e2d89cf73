namespace TyokykyBot.Cases;

/// <summary>What the employee's consent card submits. Nothing is allowed by default.</summary>
public sealed record ConsentDraft
{
    public const int MaxNoteLength = 2000;

    /// <summary>The shop steward typed as a name or an address; an e-mail address is at most 254 characters.</summary>
    public const int MaxShopStewardTextLength = 254;

    /// <summary>Topic ids from the seeds (e.g. "work-tasks"): what may be discussed.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Participant ids of proposed attendees (HR, others) the employee lets attend.</summary>
    public IReadOnlyList<Guid> AllowedAttendeeIds { get; init; } = [];

    /// <summary>A shop steward the employee invites; nobody else can add one.</summary>
    public PersonRef? ShopSteward { get; init; }

    /// <summary>Participant ids among the core and the allowed attendees.</summary>
    public IReadOnlyList<Guid> MemoRecipientIds { get; init; } = [];

    /// <summary>The shop steward (who has no participant id until this consent names them) gets the memo.</summary>
    public bool MemoToShopSteward { get; init; }

    public bool MayShareTopics { get; init; }

    public bool RemoteMeeting { get; init; }

    /// <summary>Free text for the others; sensitive, never logged nor audited.</summary>
    public string? Note { get; init; }
}
