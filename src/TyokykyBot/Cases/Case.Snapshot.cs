namespace TyokykyBot.Cases;

/// <summary>
/// To and from plain data, for the store. Restoring runs no rules: the snapshot was a valid case. A
/// restored case's <see cref="Audit"/> starts empty: what it recorded before is in the audit log.
/// </summary>
public sealed partial class Case
{
    public CaseSnapshot ToSnapshot() => new(
        CaseSnapshot.CurrentSchema,
        Id,
        Code,
        State,
        PersonSnapshot.From(Convener),
        ConvenerRole,
        ConvenedAt,
        Kind,
        WindowStart,
        WindowEnd,
        LengthMinutes,
        Mode,
        [.. _participants.Select(p => new ParticipantSnapshot(p.Id, PersonSnapshot.From(p.Person), p.Role))],
        [.. _consents.Select(c => c.ToSnapshot())],
        Meeting,
        MeetingCancelled,
        ScheduleRevision,
        ChairId,
        SecretaryId,
        [.. _remoteConfirmations])
    {
        Place = Place,
        RetiredMeetings = [.. _retiredMeetings],
    };

    public static Case FromSnapshot(CaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Schema != CaseSnapshot.CurrentSchema)
            throw new NotSupportedException($"Case snapshot schema {snapshot.Schema} is not supported (expected {CaseSnapshot.CurrentSchema}).");

        var restored = new Case
        {
            Id = snapshot.Id,
            Code = snapshot.Code,
            State = snapshot.State,
            Convener = snapshot.Convener.ToPerson(),
            ConvenerRole = snapshot.ConvenerRole,
            ConvenedAt = snapshot.ConvenedAt,
            Kind = snapshot.Kind,
            WindowStart = snapshot.WindowStart,
            WindowEnd = snapshot.WindowEnd,
            LengthMinutes = snapshot.LengthMinutes,
            Mode = snapshot.Mode,
            Meeting = snapshot.Meeting,
            MeetingCancelled = snapshot.MeetingCancelled,
            ScheduleRevision = snapshot.ScheduleRevision,
            ChairId = snapshot.ChairId,
            SecretaryId = snapshot.SecretaryId,
            Place = snapshot.Place,
        };
        restored._retiredMeetings.AddRange(snapshot.RetiredMeetings);
        restored._participants.AddRange(snapshot.Participants.Select(p => new Participant(p.Id, p.Person.ToPerson(), p.Role)));
        restored._consents.AddRange(snapshot.Consents.Select(ConsentVersion.FromSnapshot));
        restored._remoteConfirmations.AddRange(snapshot.RemoteConfirmations);
        return restored;
    }
}
