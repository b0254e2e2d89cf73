namespace TyokykyBot.Cases;

/// <summary>
/// Everything a <see cref="Case"/> holds, as plain data: what the store encrypts and keeps.
/// <see cref="Case.FromSnapshot"/> restores an aggregate that behaves identically. Equality is the
/// compiler's: the lists are <see cref="ValueList{T}"/>s, equal item by item. The audit trail is not
/// part of it: it lives in the audit log only. The store reads older forms (schema 1: the meeting's
/// fields beside the case's, and before that none) by upgrading them to this one.
/// </summary>
public sealed record CaseSnapshot(
    int Schema,
    Guid Id,
    string Code,
    CaseState State,
    PersonSnapshot Convener,
    CaseRole ConvenerRole,
    DateTimeOffset ConvenedAt,
    ValueList<ParticipantSnapshot> Participants,
    ValueList<ConsentVersionSnapshot> Consents,
    MeetingSnapshot Meeting)
{
    /// <summary>Bumped when the shape changes in a way old readers cannot follow.</summary>
    public const int CurrentSchema = 2;
}
