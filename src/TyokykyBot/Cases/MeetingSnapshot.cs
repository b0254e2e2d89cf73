namespace TyokykyBot.Cases;

/// <summary>
/// The case's meeting as stored: what was asked for (kind, window, length, mode, place), which
/// schedule it is on, the calendar event booked for it and the ones replaced, and its roles.
/// <see cref="Number"/> is 1 for a case's first meeting.
/// </summary>
public sealed record MeetingSnapshot(
    int Number,
    MeetingKind Kind,
    DateOnly WindowStart,
    DateOnly WindowEnd,
    int LengthMinutes,
    MeetingMode Mode,
    string? Place,
    int ScheduleRevision,
    MeetingBooking? Booking,
    bool Cancelled,
    Guid? ChairId,
    Guid? SecretaryId,
    ValueList<RemoteConfirmation> RemoteConfirmations,
    ValueList<MeetingBooking> RetiredBookings);
