namespace TyokykyBot.Meetings.Calendar;

public enum CalendarProvider
{
    /// <summary>The embedded default: events in the bot's own database.</summary>
    Local,

    /// <summary>The organizer's Exchange calendar over Microsoft Graph; needs <c>Graph:Enabled</c>.</summary>
    Graph,
}
