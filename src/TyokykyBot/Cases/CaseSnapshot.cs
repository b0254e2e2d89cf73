namespace TyokykyBot.Cases;

/// <summary>
/// Everything a <see cref="Case"/> holds, as plain data: what the store encrypts and keeps.
/// <see cref="Case.FromSnapshot"/> restores an aggregate that behaves identically. Equality
/// compares the lists item by item. The meeting fields came later: their defaults are what a case
/// stored before them means, so such snapshots still load. The audit trail is not part of it: it lives
/// in the audit log only (snapshots written before that still carry an "Audit" list, which is ignored).
/// </summary>
public sealed record CaseSnapshot(
    int Schema,
    Guid Id,
    string Code,
    CaseState State,
    PersonSnapshot Convener,
    CaseRole ConvenerRole,
    DateTimeOffset ConvenedAt,
    MeetingKind Kind,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    int LengthMinutes,
    MeetingMode Mode,
    IReadOnlyList<ParticipantSnapshot> Participants,
    IReadOnlyList<ConsentVersionSnapshot> Consents,
    MeetingBooking? Meeting = null,
    bool MeetingCancelled = false,
    int ScheduleRevision = 1,
    Guid? ChairId = null,
    Guid? SecretaryId = null,
    IReadOnlyList<RemoteConfirmation> RemoteConfirmations = null!)
{
    /// <summary>Bumped when the shape changes in a way old readers cannot follow.</summary>
    public const int CurrentSchema = 1;

    /// <summary>Empty, not null, when the stored data had none.</summary>
    public IReadOnlyList<RemoteConfirmation> RemoteConfirmations { get; init; } = RemoteConfirmations ?? [];

    public string? Place { get; init; }

    /// <summary>Replaced events still to be cancelled; empty when the stored data had none.</summary>
    public IReadOnlyList<MeetingBooking> RetiredMeetings { get; init => field = value ?? []; } = [];

    public bool Equals(CaseSnapshot? other) =>
        other is not null
        && (Schema, Id, Code, State, Convener, ConvenerRole, ConvenedAt, Kind, WindowStart, WindowEnd, LengthMinutes, Mode)
            == (other.Schema, other.Id, other.Code, other.State, other.Convener, other.ConvenerRole, other.ConvenedAt,
                other.Kind, other.WindowStart, other.WindowEnd, other.LengthMinutes, other.Mode)
        && Participants.SequenceEqual(other.Participants)
        && Consents.SequenceEqual(other.Consents)
        && (Meeting, MeetingCancelled, ScheduleRevision, ChairId, SecretaryId)
            == (other.Meeting, other.MeetingCancelled, other.ScheduleRevision, other.ChairId, other.SecretaryId)
        && RemoteConfirmations.SequenceEqual(other.RemoteConfirmations)
        && Place == other.Place
        && RetiredMeetings.SequenceEqual(other.RetiredMeetings);

    public override int GetHashCode() => HashCode.Combine(Schema, Id, Code, State, Participants.Count, Consents.Count, ScheduleRevision);
}
