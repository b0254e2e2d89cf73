using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Tests.Graph;

/// <summary>
/// Microsoft Graph in-process, as the primary handler of the "Graph" HttpClient: it records what it
/// was sent (and when, on the test clock) and answers like Graph does (the installer's user can get
/// the app; the organizer's calendar books; the meeting is found), unless a test queues answers for a
/// route (<see cref="Enqueue(GraphRoute, Func{HttpResponseMessage})"/>) or replaces a route's answer
/// (<see cref="Answer(GraphRoute, Func{GraphRequest, HttpResponseMessage})"/>). Like Exchange, a create
/// is idempotent per transactionId: it books (once) even when a queued answer then reports a failure,
/// as a 503 after the work was done would.
/// </summary>
public sealed class FakeGraph(TimeProvider clock) : HttpMessageHandler
{
    public const string InstallationId = "aW5zdA==/+1";
    public const string ChatId = "19:0de69e5e-2da8-4cf2-821f-5e6585b2c65b_f32b83bb-4fc8-4db7-b7f5-76cdbbb8aa1c@unq.gbl.spaces";
    public const string EventId = "AAMkAGI2TG93AAA=";
    public const string MeetingId = "MSpkYzE3Njc0Yy04MWQ5LTRhZGItYmZi";
    public const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjE4@thread.v2/0?context=%7b%22Tid%22%3a%22t%22%7d";

    private readonly Dictionary<GraphRoute, Queue<Func<HttpResponseMessage>>> _queued = [];
    private readonly Dictionary<GraphRoute, Func<GraphRequest, HttpResponseMessage>> _answers = [];
    private readonly List<GraphRequest> _requests = [];

    /// <summary>A copy: the app's outbox may be sending while a test reads.</summary>
    public List<GraphRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>Events booked, by transactionId.</summary>
    public Dictionary<string, JsonNode> Booked { get; } = [];

    public string ScheduleAnswer { get; set; } = """{"value":[]}""";

    /// <summary>The next request on <paramref name="route"/> gets this answer (one per call, in order).</summary>
    public void Enqueue(GraphRoute route, Func<HttpResponseMessage> answer)
    {
        lock (_queued)
        {
            if (!_queued.TryGetValue(route, out var queue))
            {
                _queued[route] = queue = new Queue<Func<HttpResponseMessage>>();
            }

            queue.Enqueue(answer);
        }
    }

    public void Enqueue(GraphRoute route, HttpStatusCode status, int count = 1, string? retryAfterSeconds = null, string? json = null)
    {
        for (var i = 0; i < count; i++)
        {
            Enqueue(route, () => Answer(status, json, retryAfterSeconds));
        }
    }

    /// <summary>Every request on <paramref name="route"/> that no queued answer takes gets this answer.</summary>
    public void Answer(GraphRoute route, Func<GraphRequest, HttpResponseMessage> answer)
    {
        lock (_queued)
        {
            _answers[route] = answer;
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

    /// <summary>A collection page, <c>{"value":[…],"@odata.nextLink":…}</c>, as Graph pages its lists.</summary>
    public static HttpResponseMessage Page(IEnumerable<JsonNode> items, string? nextLink = null)
    {
        var page = new JsonObject { ["value"] = new JsonArray([.. items]) };
        if (nextLink is not null)
        {
            page["@odata.nextLink"] = nextLink;
        }

        return Answer(HttpStatusCode.OK, page.ToJsonString());
    }

    /// <summary>The id this fake gave (or gives) the event booked with <paramref name="transactionId"/>.</summary>
    public string EventIdOf(string transactionId)
    {
        lock (Booked)
        {
            var index = Booked.Keys.ToList().IndexOf(transactionId);
            return index <= 0 ? EventId : $"{EventId}-{index + 1}";
        }
    }

    public static GraphRoute RouteOf(HttpMethod method, string path) => (method.Method, path) switch
    {
        ("POST", _) when path.EndsWith("/teamwork/installedApps", StringComparison.Ordinal) => GraphRoute.Install,
        ("GET", _) when path.EndsWith("/teamwork/installedApps", StringComparison.Ordinal) => GraphRoute.FindInstallation,
        ("GET", _) when path.Contains("/teamwork/installedApps/", StringComparison.Ordinal) && path.EndsWith("/chat", StringComparison.Ordinal) => GraphRoute.Chat,
        ("POST", _) when path.EndsWith("/calendar/getSchedule", StringComparison.Ordinal) => GraphRoute.GetSchedule,
        ("POST", _) when path.Contains("/events/", StringComparison.Ordinal) && path.EndsWith("/cancel", StringComparison.Ordinal) => GraphRoute.CancelEvent,
        ("POST", _) when path.EndsWith("/events", StringComparison.Ordinal) => GraphRoute.CreateEvent,
        ("PATCH", _) when path.Contains("/events/", StringComparison.Ordinal) => GraphRoute.UpdateEvent,
        ("GET", _) when path.EndsWith("/onlineMeetings", StringComparison.Ordinal) => GraphRoute.FindMeeting,
        ("PATCH", _) when path.Contains("/onlineMeetings/", StringComparison.Ordinal) => GraphRoute.UpdateMeeting,
        _ => GraphRoute.Other,
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var route = RouteOf(request.Method, request.RequestUri!.AbsolutePath);
        var recorded = new GraphRequest(
            route, request.Method, request.RequestUri!, body, request.Content?.Headers.ContentType?.MediaType,
            request.Headers.Authorization?.ToString(), clock.GetUtcNow(), GraphOperation.Of(request),
            request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase));
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        if (route == GraphRoute.CreateEvent && JsonNode.Parse(body!)!["transactionId"]?.GetValue<string>() is { } transactionId)
        {
            lock (Booked)
            {
                Booked.TryAdd(transactionId, JsonNode.Parse(body!)!);
            }
        }

        Func<HttpResponseMessage>? queued = null;
        Func<GraphRequest, HttpResponseMessage>? standing;
        lock (_queued)
        {
            if (_queued.TryGetValue(route, out var queue))
            {
                queue.TryDequeue(out queued);
            }

            _answers.TryGetValue(route, out standing);
        }

        return queued?.Invoke() ?? standing?.Invoke(recorded) ?? DefaultAnswer(recorded);
    }

    private HttpResponseMessage DefaultAnswer(GraphRequest request) => request.Route switch
    {
        GraphRoute.Install => Answer(HttpStatusCode.Created),
        GraphRoute.FindInstallation => Answer(HttpStatusCode.OK,
            $$$"""{"value":[{"id":"{{{InstallationId}}}","teamsApp":{"id":"app-1","displayName":"Työkyky"}}]}"""),
        GraphRoute.Chat => Answer(HttpStatusCode.OK, $$"""{"@odata.context":"x","id":"{{ChatId}}"}"""),
        GraphRoute.GetSchedule => Answer(HttpStatusCode.OK, ScheduleAnswer),
        GraphRoute.CreateEvent => Answer(HttpStatusCode.Created, EventJson(request.Body!, CreatedId(request.Body!))),
        GraphRoute.UpdateEvent => Answer(HttpStatusCode.OK, EventJson(request.Body!, Uri.UnescapeDataString(request.Uri.Segments[^1]))),
        GraphRoute.CancelEvent => Answer(HttpStatusCode.Accepted),
        GraphRoute.FindMeeting => Answer(HttpStatusCode.OK,
            $$$"""{"value":[{"id":"{{{MeetingId}}}","joinWebUrl":"{{{JoinUrl}}}","chatInfo":{"threadId":"19:meeting_NjE4@thread.v2","messageId":"0"}}]}"""),
        GraphRoute.UpdateMeeting => Answer(HttpStatusCode.OK, $$"""{"id":"{{MeetingId}}","allowRecording":false}"""),
        _ => Answer(HttpStatusCode.NotFound, Error("Request_ResourceNotFound", "No such route in the fake Graph.")),
    };

    /// <summary>
    /// The first event booked is <see cref="EventId"/>; each later transaction gets an id of its own,
    /// and a retry of one the same id, as Graph does.
    /// </summary>
    private string CreatedId(string requestBody) =>
        JsonNode.Parse(requestBody)!["transactionId"]?.GetValue<string>() is { } transaction ? EventIdOf(transaction) : EventId;

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
}
