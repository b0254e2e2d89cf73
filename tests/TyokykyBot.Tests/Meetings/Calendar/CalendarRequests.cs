using TyokykyBot.Meetings.Calendar;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>Neutral requests, as the invitation builder makes them: no topic, no health word.</summary>
internal static class CalendarRequests
{
    public static readonly DateTimeOffset Start = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(2));

    public static CalendarEventRequest Neutral(string transactionId = "case-7Q2K-meeting-1", string? location = null, params CalendarAttendee[] attendees) =>
        new(
            "Työkykyneuvottelu",
            "<p>Tervetuloa neuvotteluun. Liity Teamsissa tai paikan päällä.</p>",
            Start,
            Start.AddHours(1),
            attendees.Length > 0
                ? attendees
                : [new("mikko.korhonen@contoso.fi", "Mikko Korhonen"), new("lea.laakso@terveyspalvelu.example", "Lea Laakso")],
            IsOnlineMeeting: true,
            location,
            transactionId);
}
