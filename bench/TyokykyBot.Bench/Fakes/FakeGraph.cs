using System.Text.Json.Nodes;

namespace TyokykyBot.Bench.Fakes;

/// <summary>
/// The part of Microsoft Graph the bot's calendar uses: free/busy (always free), events (create,
/// update, cancel), the online meeting behind an event and its settings. <see cref="Delay"/> makes
/// every answer slow, as Graph can be; anything else is answered 404 and counted.
/// </summary>
internal sealed class FakeGraph
{
    private const string JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_bench%40thread.v2/0";
    private long calls;
    private long unexpected;

    public TimeSpan Delay { get; set; }

    public long Calls => Interlocked.Read(ref calls);

    public long Unexpected => Interlocked.Read(ref unexpected);

    public void Map(WebApplication app) =>
        app.Map("/graph/v1.0/{**path}", async (string path, HttpContext context) =>
        {
            Interlocked.Increment(ref calls);
            JsonNode? body = context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0
                ? await JsonNode.ParseAsync(context.Request.Body)
                : null;
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, context.RequestAborted);
            }

            return Answer(context.Request.Method, "/" + path, body);
        });

    private IResult Answer(string method, string path, JsonNode? body)
    {
        switch (method)
        {
            case "POST" when path.EndsWith("/calendar/getSchedule", StringComparison.Ordinal):
                return Results.Json(new JsonObject { ["value"] = new JsonArray() });
            case "POST" when path.EndsWith("/cancel", StringComparison.Ordinal):
                return Results.StatusCode(StatusCodes.Status202Accepted);
            case "POST" when path.EndsWith("/events", StringComparison.Ordinal):
                return Results.Json(Event(body, "bench-" + (body?["transactionId"]?.GetValue<string>() ?? Guid.NewGuid().ToString("N"))), statusCode: StatusCodes.Status201Created);
            case "PATCH" when path.Contains("/onlineMeetings/", StringComparison.Ordinal):
                return Results.Json(new JsonObject { ["id"] = path[(path.LastIndexOf('/') + 1)..] });
            case "PATCH" when path.Contains("/events/", StringComparison.Ordinal):
                return Results.Json(Event(body, path[(path.LastIndexOf('/') + 1)..]));
            case "GET" when path.EndsWith("/onlineMeetings", StringComparison.Ordinal):
                return Results.Json(new JsonObject
                {
                    ["value"] = new JsonArray(new JsonObject
                    {
                        ["id"] = "bench-meeting",
                        ["joinWebUrl"] = JoinUrl,
                        ["chatInfo"] = new JsonObject { ["threadId"] = "19:meeting_bench@thread.v2", ["messageId"] = "0" },
                    }),
                });
            default:
                Interlocked.Increment(ref unexpected);
                return Results.Json(
                    new JsonObject { ["error"] = new JsonObject { ["code"] = "NotFound", ["message"] = "Not in the benchmark's fake Graph." } },
                    statusCode: StatusCodes.Status404NotFound);
        }
    }

    /// <summary>What Graph answers with Prefer outlook.timezone="UTC": the event with its times and join link.</summary>
    private static JsonObject Event(JsonNode? sent, string id) => new()
    {
        ["id"] = id,
        ["subject"] = sent?["subject"]?.DeepClone(),
        ["start"] = sent?["start"]?.DeepClone(),
        ["end"] = sent?["end"]?.DeepClone(),
        ["isOnlineMeeting"] = true,
        ["onlineMeeting"] = new JsonObject { ["joinUrl"] = JoinUrl },
    };
}
