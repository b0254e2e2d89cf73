using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TyokykyBot.Meetings.Calendar;
using TyokykyBot.Seeds;
using TyokykyBot.Tests.Graph;
using TyokykyBot.Tests.Seeds;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>
/// The plumbing adds nothing: with a neutral subject and body, no request to Graph and no log line
/// carries a consent topic (id or label in any language) or the case's note, and no log line names
/// a person, a mailbox, the subject or the join link, even when Graph echoes them in its errors.
/// </summary>
public sealed class GraphCalendarPrivacyTests : IDisposable
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly GraphCalendarHost _host = new();
    private readonly string _note = "Huom: kanarialintu" + Guid.NewGuid().ToString("N")[..10];
    private readonly string _name = "Kanarianimi" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task EveryCall_NeutralRequest_NoTopicOrNoteInBodiesAndNoPersonalDataInLogs()
    {
        var request = CalendarRequests.Neutral(attendees: [new($"{_name.ToLowerInvariant()}@contoso.fi", _name + " Korhonen")]);
        var echoed = FakeGraph.Error("ErrorAccessDenied", $"Denied for {_name} ({_note}) in '{request.Subject}' {Topics().First()}");
        var calendar = _host.Calendar;
        _host.Graph.Enqueue(GraphRoute.UpdateEvent, HttpStatusCode.Forbidden, json: echoed);
        _host.Graph.Enqueue(GraphRoute.CancelEvent, HttpStatusCode.BadRequest, json: echoed);
        _host.Graph.Enqueue(GraphRoute.GetSchedule, HttpStatusCode.ServiceUnavailable, retryAfterSeconds: "1", json: echoed);

        var created = await _host.RunAsync(() => calendar.CreateEventAsync(GraphCalendarHost.Organizer, request, CancellationToken.None));
        await _host.RunAsync(() => calendar.UpdateEventAsync(GraphCalendarHost.Organizer, created.Value!.Id, request, CancellationToken.None));
        await _host.RunAsync(() => calendar.CancelEventAsync(GraphCalendarHost.Organizer, created.Value!.Id, "Neuvottelu on peruttu.", CancellationToken.None));
        await _host.RunAsync(() => calendar.GetScheduleAsync(GraphCalendarHost.Organizer, [request.Attendees[0].Email], request.Start, request.End, CancellationToken.None));
        await _host.RunAsync(() => _host.Privacy.ApplyAsync(GraphCalendarHost.Organizer, created.Value!.JoinUrl!, CancellationToken.None));

        Assert.Equal(7, _host.Graph.Requests.Count);
        var bodies = _host.Graph.Requests.Where(r => r.Body is not null).SelectMany(r => new[] { r.Body!, JsonNode.Parse(r.Body!)!.ToJsonString(Unescaped) }).ToArray();
        Assert.Contains(bodies, b => b.Contains(_name, StringComparison.Ordinal)); // the attendee's name does go to Graph
        foreach (var secret in Topics().Append(_note))
        {
            Assert.All(bodies, b => Assert.DoesNotContain(secret, b, StringComparison.OrdinalIgnoreCase));
        }

        var lines = _host.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("ErrorAccessDenied", StringComparison.Ordinal));
        foreach (var secret in Topics().Concat([_note, _name, _name.ToLowerInvariant(), "contoso.fi", request.Subject, "meetup-join", "token-1"]))
        {
            Assert.All(lines, l => Assert.DoesNotContain(secret, l, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>Every consent topic's id and its label in fi, sv and en, from the real seeds.</summary>
    private static IEnumerable<string> Topics() =>
        SeedLoader.Load(SeedTestFolder.RealFolder).ConsentTopics.SelectMany(t => new[] { t.Id, t.Label.Fi, t.Label.Sv, t.Label.En });

    public void Dispose() => _host.Dispose();
}
