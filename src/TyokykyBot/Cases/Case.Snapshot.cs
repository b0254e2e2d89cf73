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
        [.. _participants.Select(p => new ParticipantSnapshot(p.Id, PersonSnapshot.From(p.Person), p.Role))],
        [.. _consents.Select(c => c.ToSnapshot())],
        new MeetingSnapshot(
            MeetingNumber,
            Kind,
            WindowStart,
            WindowEnd,
            LengthMinutes,
            Mode,
            Place,
            ScheduleRevision,
            Meeting,
            MeetingCancelled,
            ChairId,
            SecretaryId,
            [.. _remoteConfirmations],
            [.. _retiredMeetings]));

    public static Case FromSnapshot(CaseSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Schema != CaseSnapshot.CurrentSchema)
            throw new NotSupportedException($"Case snapshot schema {snapshot.Schema} is not supported (expected {CaseSnapshot.CurrentSchema}).");

        var meeting = snapshot.Meeting;
        var restored = new Case
        {
            Id = snapshot.Id,
            Code = snapshot.Code,
            State = snapshot.State,
            Convener = snapshot.Convener.ToPerson(),
            ConvenerRole = snapshot.ConvenerRole,
            ConvenedAt = snapshot.ConvenedAt,
            MeetingNumber = meeting.Number,
            Kind = meeting.Kind,
            WindowStart = meeting.WindowStart,
            WindowEnd = meeting.WindowEnd,
            LengthMinutes = meeting.LengthMinutes,
            Mode = meeting.Mode,
            Place = meeting.Place,
            ScheduleRevision = meeting.ScheduleRevision,
            Meeting = meeting.Booking,
            MeetingCancelled = meeting.Cancelled,
            ChairId = meeting.ChairId,
            SecretaryId = meeting.SecretaryId,
        };
        restored._retiredMeetings.AddRange(meeting.RetiredBookings);
        restored._participants.AddRange(snapshot.Participants.Select(p => new Participant(p.Id, p.Person.ToPerson(), p.Role)));
        restored._consents.AddRange(snapshot.Consents.Select(ConsentVersion.FromSnapshot));
        restored._remoteConfirmations.AddRange(meeting.RemoteConfirmations);
        return restored;
    }
}
