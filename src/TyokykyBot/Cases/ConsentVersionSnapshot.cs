namespace TyokykyBot.Cases;

/// <summary>A <see cref="ConsentVersion"/> as stored. Equality compares the lists item by item.</summary>
public sealed record ConsentVersionSnapshot(
    int Number,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    ConsentDecision Decision,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Guid> AllowedAttendeeIds,
    Guid? ShopStewardId,
    IReadOnlyList<Guid> MemoRecipientIds,
    bool MayShareTopics,
    bool RemoteMeeting,
    string? Note)
{
    public bool Equals(ConsentVersionSnapshot? other) =>
        other is not null
        && (Number, RecordedBy, RecordedAt, Decision, ShopStewardId, MayShareTopics, RemoteMeeting, Note)
            == (other.Number, other.RecordedBy, other.RecordedAt, other.Decision, other.ShopStewardId, other.MayShareTopics, other.RemoteMeeting, other.Note)
        && Topics.SequenceEqual(other.Topics)
        && AllowedAttendeeIds.SequenceEqual(other.AllowedAttendeeIds)
        && MemoRecipientIds.SequenceEqual(other.MemoRecipientIds);

    public override int GetHashCode() => HashCode.Combine(Number, RecordedBy, RecordedAt, Decision, Topics.Count);
}
