using System.Text.Json.Nodes;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>What goes over the wire: methods, escaped paths, exact JSON bodies, the bearer token.</summary>
public sealed class GraphCalendarRequestTests : IDisposable
{
    private const string OrganizerPath = "/v1.0/users/aino.virtanen%40contoso.fi";
    private readonly GraphCalendarHost _host = new();

    [Fact]
    public async Task CreateEvent_OnlineMeeting_PostsPrivateTeamsEventWithTransactionId()
    {
        var result = await _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(), CancellationToken.None);

        Assert.Equal(new CalendarEvent(FakeGraph.EventId, FakeGraph.JoinUrl, CalendarRequests.Start, CalendarRequests.Start.AddHours(1)), result.Value);
        var create = Assert.Single(_host.Graph.Requests);
        Assert.Equal(HttpMethod.Post, create.Method);
        Assert.Equal($"{OrganizerPath}/events", create.Uri.AbsolutePath);
        Assert.Equal("application/json", create.ContentType);
        Assert.Equal("Bearer token-1", create.Authorization);
        Assert.Equal("outlook.timezone=\"UTC\"", create.Headers["Prefer"]);
        Assert.Equal("create event", create.Operation);
        AssertJson(
            """
            {
              "subject": "Työkykyneuvottelu",
              "body": { "contentType": "html", "content": "<p>Tervetuloa neuvotteluun. Liity Teamsissa tai paikan päällä.</p>" },
              "start": { "dateTime": "2026-03-10T08:00:00", "timeZone": "UTC" },
              "end": { "dateTime": "2026-03-10T09:00:00", "timeZone": "UTC" },
              "attendees": [
                { "emailAddress": { "address": "mikko.korhonen@contoso.fi", "name": "Mikko Korhonen" }, "type": "required" },
                { "emailAddress": { "address": "lea.laakso@terveyspalvelu.example", "name": "Lea Laakso" }, "type": "required" }
              ],
              "isOnlineMeeting": true,
              "onlineMeetingProvider": "teamsForBusiness",
              "sensitivity": "private",
              "showAs": "busy",
              "allowNewTimeProposals": false,
              "transactionId": "case-7Q2K-meeting-1"
            }
            """,
            create.Json);
        // Besides the fields above, only the SDK's type names for them.
        Assert.All(create.TypeAnnotations, t => Assert.Contains(t, new[]
        {
            "#microsoft.graph.event", "#microsoft.graph.itemBody", "#microsoft.graph.dateTimeTimeZone",
            "#microsoft.graph.attendee", "#microsoft.graph.emailAddress",
        }));
    }

    [Fact]
    public async Task CreateEvent_OnSite_SendsTheLocation()
    {
        await _host.Calendar.CreateEventAsync(GraphCalendarHost.Organizer, CalendarRequests.Neutral(location: "Neuvotteluhuone Kuusi"), CancellationToken.None);

        var sent = Assert.Single(_host.Graph.Requests).Json;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"displayName":"Neuvotteluhuone Kuusi"}"""), sent["location"]));
    }

    [Fact]
    public async Task UpdateEvent_NewTime_PatchesTimeAttendeesSubjectAndBodyOnly()
    {
        var moved = CalendarRequests.Neutral() with
        {
            Start = new DateTimeOffset(2026, 3, 11, 12, 30, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2026, 3, 11, 13, 30, 0, TimeSpan.Zero),
            Attendees = [new("mikko.korhonen@contoso.fi", "Mikko Korhonen")],
        };

        var result = await _host.Calendar.UpdateEventAsync(GraphCalendarHost.Organizer, "AAMk/a+b=", moved, CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal(moved.Start, result.Value!.Start);
        var patch = Assert.Single(_host.Graph.Requests);
        Assert.Equal(HttpMethod.Patch, patch.Method);
        Assert.Equal($"{OrganizerPath}/events/AAMk%2Fa%2Bb%3D", patch.Uri.AbsolutePath);
        AssertJson(
            """
            {
              "subject": "Työkykyneuvottelu",
              "body": { "contentType": "html", "content": "<p>Tervetuloa neuvotteluun. Liity Teamsissa tai paikan päällä.</p>" },
              "start": { "dateTime": "2026-03-11T12:30:00", "timeZone": "UTC" },
              "end": { "dateTime": "2026-03-11T13:30:00", "timeZone": "UTC" },
              "attendees": [ { "emailAddress": { "address": "mikko.korhonen@contoso.fi", "name": "Mikko Korhonen" }, "type": "required" } ]
            }
            """,
            patch.Json);
    }

    [Fact]
    public async Task CancelEvent_Accepted_PostsTheCommentToCancel()
    {
        var result = await _host.Calendar.CancelEventAsync(GraphCalendarHost.Organizer, FakeGraph.EventId, "Neuvottelu on peruttu.", CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal(FakeGraph.EventId, result.Value!.Id);
        var cancel = Assert.Single(_host.Graph.Requests);
        Assert.Equal(HttpMethod.Post, cancel.Method);
        Assert.Equal($"{OrganizerPath}/events/AAMkAGI2TG93AAA%3D/cancel", cancel.Uri.AbsolutePath);
        // An action's parameters are named as Graph's metadata spells them (Graph reads them case-insensitively).
        AssertJson("""{"Comment":"Neuvottelu on peruttu."}""", cancel.Json);
    }

    [Fact]
    public async Task GetSchedule_TwoPeople_PostsSchedulesWindowInUtcAndFifteenMinuteInterval()
    {
        await _host.Calendar.GetScheduleAsync(
            GraphCalendarHost.Organizer, ["mikko.korhonen@contoso.fi", "aino.virtanen@contoso.fi"],
            new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2026, 3, 10, 16, 0, 0, TimeSpan.FromHours(2)),
            CancellationToken.None);

        var asked = Assert.Single(_host.Graph.Requests);
        Assert.Equal(HttpMethod.Post, asked.Method);
        Assert.Equal($"{OrganizerPath}/calendar/getSchedule", asked.Uri.AbsolutePath);
        // getSchedule is an action: its parameters are named as Graph's metadata spells them.
        AssertJson(
            """
            {
              "Schedules": ["mikko.korhonen@contoso.fi", "aino.virtanen@contoso.fi"],
              "StartTime": { "dateTime": "2026-03-10T06:00:00", "timeZone": "UTC" },
              "EndTime": { "dateTime": "2026-03-10T14:00:00", "timeZone": "UTC" },
              "AvailabilityViewInterval": 15
            }
            """,
            asked.Json);
    }

    [Fact]
    public async Task AnyCall_OrganizerWithReservedCharacters_IsEscapedInThePath()
    {
        await _host.Calendar.CancelEventAsync("a/b?c#d e", "id", "x", CancellationToken.None);

        Assert.Equal("/v1.0/users/a%2Fb%3Fc%23d%20e/events/id/cancel", Assert.Single(_host.Graph.Requests).Uri.AbsolutePath);
        Assert.Equal("", _host.Graph.Requests[0].Uri.Query);
    }

    private static void AssertJson(string expected, JsonNode actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"sent: {actual.ToJsonString()}");

    public void Dispose() => _host.Dispose();
}
