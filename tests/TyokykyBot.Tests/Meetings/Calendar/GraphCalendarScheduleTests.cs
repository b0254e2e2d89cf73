using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>getSchedule's scheduleItems become busy blocks in UTC; free time and unknown people do not.</summary>
public sealed class GraphCalendarScheduleTests : IDisposable
{
    private static readonly DateTimeOffset Day = new(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
    private readonly GraphCalendarHost _host = new();

    [Fact]
    public async Task GetSchedule_MixedStatusesAndZones_BusyTentativeOofAndElsewhereInUtc()
    {
        _host.Graph.ScheduleAnswer =
            """
            {"value":[
              {"scheduleId":"Mikko.Korhonen@contoso.fi","availabilityView":"0220","scheduleItems":[
                {"isPrivate":true,"status":"busy","start":{"dateTime":"2026-03-10T08:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-03-10T09:00:00.0000000","timeZone":"UTC"}},
                {"status":"tentative","start":{"dateTime":"2026-03-10T12:00:00.0000000","timeZone":"Europe/Helsinki"},"end":{"dateTime":"2026-03-10T12:30:00.0000000","timeZone":"Europe/Helsinki"}},
                {"status":"free","start":{"dateTime":"2026-03-10T13:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-03-10T14:00:00.0000000","timeZone":"UTC"}}
              ]},
              {"scheduleId":"aino.virtanen@contoso.fi","scheduleItems":[
                {"status":"oof","start":{"dateTime":"2026-03-10T07:00:00.0000000","timeZone":"Pacific Standard Time"},"end":{"dateTime":"2026-03-10T08:00:00.0000000","timeZone":"Pacific Standard Time"}},
                {"status":"workingElsewhere","start":{"dateTime":"2026-03-10T15:00:00.0000000","timeZone":"FLE Standard Time"},"end":{"dateTime":"2026-03-10T16:00:00.0000000","timeZone":"FLE Standard Time"}}
              ]},
              {"scheduleId":"lea.laakso@terveyspalvelu.example","availabilityView":"","scheduleItems":[],
               "error":{"message":"The user could not be found.","responseCode":"ErrorMailRecipientNotFound"}}
            ]}
            """;

        var result = await _host.Calendar.GetScheduleAsync(
            GraphCalendarHost.Organizer, ["mikko.korhonen@contoso.fi", "aino.virtanen@contoso.fi", "lea.laakso@terveyspalvelu.example"],
            Day, Day.AddDays(1), CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal(
            [
                new CalendarBusy("mikko.korhonen@contoso.fi", Day.AddHours(8), Day.AddHours(9), "busy"),
                // Helsinki is UTC+2 in March (before the last Sunday).
                new CalendarBusy("mikko.korhonen@contoso.fi", Day.AddHours(10), Day.AddHours(10.5), "tentative"),
                // Pacific is UTC-7 on 10 March 2026 (DST began 8 March).
                new CalendarBusy("aino.virtanen@contoso.fi", Day.AddHours(14), Day.AddHours(15), "oof"),
                new CalendarBusy("aino.virtanen@contoso.fi", Day.AddHours(13), Day.AddHours(14), "workingElsewhere"),
            ],
            result.Value!);
        Assert.All(result.Value!, b => Assert.Equal(TimeSpan.Zero, b.Start.Offset));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("1 of 3", StringComparison.Ordinal));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("could not be found", StringComparison.Ordinal) || l.Contains("lea.laakso", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetSchedule_UnreadableZoneOrTime_ItemSkipped()
    {
        _host.Graph.ScheduleAnswer =
            """
            {"value":[{"scheduleId":"a@contoso.fi","scheduleItems":[
              {"status":"busy","start":{"dateTime":"2026-03-10T08:00:00","timeZone":"Mars/Olympus"},"end":{"dateTime":"2026-03-10T09:00:00","timeZone":"Mars/Olympus"}},
              {"status":"busy","start":{"dateTime":"soon","timeZone":"UTC"},"end":{"dateTime":"later","timeZone":"UTC"}}
            ]}]}
            """;

        var result = await _host.Calendar.GetScheduleAsync(GraphCalendarHost.Organizer, ["a@contoso.fi"], Day, Day.AddDays(1), CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Empty(result.Value!);
    }

    [Fact]
    public async Task GetSchedule_Forbidden_ForbiddenWithCode()
    {
        _host.Graph.Enqueue(GraphRoute.GetSchedule, System.Net.HttpStatusCode.Forbidden, json: FakeGraph.Error("ErrorAccessDenied", "Access is denied."));

        var result = await _host.Calendar.GetScheduleAsync(GraphCalendarHost.Organizer, ["a@contoso.fi"], Day, Day.AddDays(1), CancellationToken.None);

        Assert.Equal(CalendarStatus.Forbidden, result.Status);
        Assert.Equal("ErrorAccessDenied", result.ErrorCode);
    }

    public void Dispose() => _host.Dispose();
}
