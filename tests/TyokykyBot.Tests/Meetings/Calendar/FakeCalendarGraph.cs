using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Meetings.Calendar;

/// <summary>
/// Graph's calendar and onlineMeetings in-process, behind the "Graph" HttpClient. Like Exchange, a
/// create is idempotent per transactionId: it books (once) even when a queued answer then reports a
/// failure, as a 503 after the work was done would.
/// </summary>
public sealed class FakeCalendarGraph(TimeProvider clock) : HttpMessageHandler
{
    public const string EventId = "AAMkAGI2TG93AAA=";
    public const string MeetingId = "MSpkYzE3Njc0Yy04MWQ5LTRhZGItYmZi";
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4@thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d";

    private readonly Dictionary<CalendarRoute, Queue<Func<HttpResponseMessage>>> _queued = [];

    public List<RecordedGraphRequest> Requests { get; } = [];

    /// <summary>Events booked, by transactionId.</summary>
    public Dictionary<string, JsonNode> Booked { get; } = [];

    public string ScheduleAnswer { get; set; } = """{"value":[]}""";

    public void Enqueue(CalendarRoute route, Func<HttpResponseMessage> answer)
    {
        if (!_queued.TryGetValue(route, out var queue))
        {
            _queued[route] = queue = new Queue<Func<HttpResponseMessage>>();
        }

        queue.Enqueue(answer);
    }

    public void Enqueue(CalendarRoute route, HttpStatusCode status, int count = 1, string? retryAfterSeconds = null, string? json = null)
    {
        for (var i = 0; i < count; i++)
        {
            Enqueue(route, () => Answer(status, json, retryAfterSeconds));
        }
    }

    public static string Error(string code, string message) =>
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString();

    public static HttpResponseMessage Answer(HttpStatusCode status, string? json = null, string? retryAfterSeconds = null)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.Add("request-id", $"req-{(int)status}");
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (retryAfterSeconds is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfterSeconds);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var route = RouteOf(request);
        Requests.Add(new RecordedGraphRequest(
            route, request.Method, request.RequestUri!, body, request.Content?.Headers.ContentType?.MediaType,
            request.Headers.Authorization?.ToString(), clock.GetUtcNow()));

        if (route == CalendarRoute.CreateEvent && JsonNode.Parse(body!)!["transactionId"]?.GetValue<string>() is { } transactionId)
        {
            Booked.TryAdd(transactionId, JsonNode.Parse(body!)!);
        }

        if (_queued.TryGetValue(route, out var queue) && queue.TryDequeue(out var answer))
        {
            return answer();
        }

        return route switch
        {
            CalendarRoute.GetSchedule => Answer(HttpStatusCode.OK, ScheduleAnswer),
            CalendarRoute.CreateEvent => Answer(HttpStatusCode.Created, EventJson(body!, CreatedId(body!))),
            CalendarRoute.UpdateEvent => Answer(HttpStatusCode.OK, EventJson(body!, Uri.UnescapeDataString(request.RequestUri!.Segments[^1]))),
            CalendarRoute.CancelEvent => Answer(HttpStatusCode.Accepted),
            CalendarRoute.FindMeeting => Answer(HttpStatusCode.OK,
                $$$"""{"value":[{"id":"{{{MeetingId}}}","joinWebUrl":"{{{JoinUrl}}}","chatInfo":{"threadId":"19:meeting_NjE4@thread.v2","messageId":"0"}}]}"""),
            _ => Answer(HttpStatusCode.OK, $$"""{"id":"{{MeetingId}}","allowRecording":false}"""),
        };
    }

    /// <summary>
    /// The first event booked is <see cref="EventId"/>; each later transaction gets an id of its own,
    /// and a retry of one the same id, as Graph does.
    /// </summary>
    private string CreatedId(string requestBody) =>
        JsonNode.Parse(requestBody)!["transactionId"]?.GetValue<string>() is { } transaction ? EventIdOf(transaction) : EventId;

    /// <summary>The id this fake gave (or gives) the event booked with <paramref name="transactionId"/>.</summary>
    public string EventIdOf(string transactionId)
    {
        var index = Booked.Keys.ToList().IndexOf(transactionId);
        return index <= 0 ? EventId : $"{EventId}-{index + 1}";
    }

    /// <summary>What Graph answers with Prefer outlook.timezone="UTC": the event, its times in UTC, and a join link only for an online meeting.</summary>
    private static string EventJson(string requestBody, string id)
    {
        var sent = JsonNode.Parse(requestBody)!;
        var online = sent["isOnlineMeeting"]?.GetValue<bool>() ?? true;
        return new JsonObject
        {
            ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#users('x')/events/$entity",
            ["id"] = id,
            ["subject"] = sent["subject"]?.DeepClone(),
            ["start"] = sent["start"]?.DeepClone(),
            ["end"] = sent["end"]?.DeepClone(),
            ["isOnlineMeeting"] = online,
            ["onlineMeeting"] = online ? new JsonObject { ["joinUrl"] = JoinUrl } : null,
        }.ToJsonString();
    }

    private static CalendarRoute RouteOf(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        return (request.Method.Method, path) switch
        {
            ("POST", _) when path.EndsWith("/calendar/getSchedule", StringComparison.Ordinal) => CalendarRoute.GetSchedule,
            ("POST", _) when path.EndsWith("/cancel", StringComparison.Ordinal) => CalendarRoute.CancelEvent,
            ("POST", _) => CalendarRoute.CreateEvent,
            ("PATCH", _) when path.Contains("/onlineMeetings/", StringComparison.Ordinal) => CalendarRoute.UpdateMeeting,
            ("PATCH", _) => CalendarRoute.UpdateEvent,
            _ => CalendarRoute.FindMeeting,
        };
    }
}
