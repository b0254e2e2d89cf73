namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>
/// The body of <c>POST /users/{id}/calendar/getSchedule</c> (contrib <c>calendar-getschedule</c>), the
/// application-permission way to free/busy: findMeetingTimes is delegated-only.
/// </summary>
internal sealed record GraphScheduleRequest(
    IReadOnlyList<string> Schedules, GraphDateTimeZone StartTime, GraphDateTimeZone EndTime, int AvailabilityViewInterval);
