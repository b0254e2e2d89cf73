using System.Net;
using System.Text;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Tests.Graph;

/// <summary>
/// Microsoft Graph in-process, behind the installer's HttpClient: it records what it was sent (and
/// when, on the test clock) and answers like Graph does for a user who can get the app, unless a
/// test queues other answers for a step.
/// </summary>
public sealed class FakeGraph(TimeProvider clock) : HttpMessageHandler
{
    public const string InstallationId = "aW5zdA==/+1";
    public const string ChatId = "19:0de69e5e-2da8-4cf2-821f-5e6585b2c65b_f32b83bb-4fc8-4db7-b7f5-76cdbbb8aa1c@unq.gbl.spaces";

    private readonly Dictionary<GraphStep, Queue<Func<HttpResponseMessage>>> _queued = [];

    public List<GraphRequest> Requests { get; } = [];

    public void Enqueue(GraphStep step, Func<HttpResponseMessage> answer)
    {
        if (!_queued.TryGetValue(step, out var queue))
        {
            _queued[step] = queue = new Queue<Func<HttpResponseMessage>>();
        }

        queue.Enqueue(answer);
    }

    public void Enqueue(GraphStep step, HttpStatusCode status, int count = 1, string? retryAfterSeconds = null)
    {
        for (var i = 0; i < count; i++)
        {
            Enqueue(step, () => Answer(status, retryAfterSeconds: retryAfterSeconds));
        }
    }

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
        var step = StepOf(request);
        Requests.Add(new GraphRequest(
            step, request.Method, request.RequestUri!, body, request.Content?.Headers.ContentType?.MediaType,
            request.Headers.Authorization?.ToString(), clock.GetUtcNow(),
            GraphOperation.Of(request) ?? (request.Options.TryGetValue(GraphOperations.Key, out var name) ? name : null)));

        if (_queued.TryGetValue(step, out var queue) && queue.TryDequeue(out var answer))
        {
            return answer();
        }

        return step switch
        {
            GraphStep.Install => Answer(HttpStatusCode.Created),
            GraphStep.Find => Answer(HttpStatusCode.OK,
                $$$"""{"value":[{"id":"{{{InstallationId}}}","teamsApp":{"id":"app-1","displayName":"Työkyky"}}]}"""),
            _ => Answer(HttpStatusCode.OK, $$"""{"@odata.context":"x","id":"{{ChatId}}"}"""),
        };
    }

    private static GraphStep StepOf(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post ? GraphStep.Install
        : request.RequestUri!.AbsolutePath.EndsWith("/chat", StringComparison.Ordinal) ? GraphStep.Chat
        : GraphStep.Find;
}
