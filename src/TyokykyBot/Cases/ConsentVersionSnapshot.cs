namespace TyokykyBot.Cases;

/// <summary>A <see cref="ConsentVersion"/> as stored; its lists compare item by item.</summary>
public sealed record ConsentVersionSnapshot(
    int Number,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    ConsentDecision Decision,
    ValueList<string> Topics,
    ValueList<Guid> AllowedAttendeeIds,
    Guid? ShopStewardId,
    ValueList<Guid> MemoRecipientIds,
    bool MayShareTopics,
    bool RemoteMeeting,
    string? Note);
