namespace TyokykyBot.Tests.Meetings.Calendar;

public enum CalendarRoute
{
    GetSchedule,
    CreateEvent,
    UpdateEvent,
    CancelEvent,
    FindMeeting,
    UpdateMeeting,
}
