using TyokykyBot.Cases;
using TyokykyBot.Meetings.Calendar;

namespace TyokykyBot.Meetings;

/// <summary>Exactly who the latest consent lets attend, as the calendar needs them.</summary>
public sealed record InvitedPeople(IReadOnlyList<CalendarAttendee> All, IReadOnlyList<string> InternalEmails, IReadOnlyList<Participant> Internal, IReadOnlyList<Participant> Outsiders);
