using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyokykyBot.Bench.Fakes;

/// <summary>
/// The Bot Connector on loopback: answers at once. With <see cref="EnforceLimits"/> it keeps Teams'
/// limits (a request over one gets a 429 and is counted, not delivered) and with
/// <see cref="Inject429Ratio"/> it refuses that share of requests with a Retry-After, as Teams may.
/// Only accepted requests count towards the windows.
/// </summary>
internal sealed class FakeConnector
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, SlidingLog> perConversation = [];
    private readonly Dictionary<string, List<string>> textsByConversation = [];
    private readonly Dictionary<string, long> overByWindow = [];
    private SlidingLog tenant = new([TeamsLimits.PerTenant]);
    private long received;
    private long accepted;
    private long injected;
    private long overLimit;
    private long firstAcceptedTicks;
    private long lastAcceptedTicks;
    private long nextId;

    public bool EnforceLimits { get; private set; }

    public double Inject429Ratio { get; private set; }

    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Keeps the text of every accepted message per conversation (for lost/duplicate counts).</summary>
    public bool RecordTexts { get; private set; }

    public long Received => Interlocked.Read(ref received);

    public long Accepted => Interlocked.Read(ref accepted);

    public long Injected429 => Interlocked.Read(ref injected);

    public long OverLimit => Interlocked.Read(ref overLimit);

    /// <summary>Starts a fresh count; limits and injection apply from now on.</summary>
    public void Reset(bool enforceLimits, double inject429Ratio, bool recordTexts)
    {
        lock (gate)
        {
            perConversation.Clear();
            textsByConversation.Clear();
            overByWindow.Clear();
            tenant = new SlidingLog([TeamsLimits.PerTenant]);
            EnforceLimits = enforceLimits;
            Inject429Ratio = inject429Ratio;
            RecordTexts = recordTexts;
            Interlocked.Exchange(ref received, 0);
            Interlocked.Exchange(ref accepted, 0);
            Interlocked.Exchange(ref injected, 0);
            Interlocked.Exchange(ref overLimit, 0);
            firstAcceptedTicks = 0;
            lastAcceptedTicks = 0;
        }
    }

    /// <summary>Which limits were broken since the last reset, and how often (e.g. "tenant 50/1s": 2).</summary>
    public string OverLimitBreakdown()
    {
        lock (gate)
        {
            return string.Join(", ", overByWindow.Select(p => $"{p.Key}: {p.Value}"));
        }
    }

    /// <summary>Texts accepted per conversation since the last reset, with the first and last acceptance.</summary>
    public (IReadOnlyDictionary<string, List<string>> Texts, TimeSpan Span) Snapshot()
    {
        lock (gate)
        {
            var copy = textsByConversation.ToDictionary(p => p.Key, p => p.Value.ToList());
            var span = firstAcceptedTicks == 0 ? TimeSpan.Zero : Stopwatch.GetElapsedTime(firstAcceptedTicks, lastAcceptedTicks);
            return (copy, span);
        }
    }

    public void Map(WebApplication app)
    {
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (string conversationId, HttpContext context) => SendAsync(conversationId, context));
        app.MapPost("/v3/conversations/{conversationId}/activities", (string conversationId, HttpContext context) => SendAsync(conversationId, context));
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpContext context) =>
            Answer(conversationId, context, activityId, null));
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", (string conversationId, HttpContext context) =>
            Answer(conversationId, context, null, null));
        app.MapPost("/v3/conversations", async (HttpContext context) =>
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            var member = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
            return Answer("a:created-" + member, context, null, null, created: true);
        });
        app.MapGet("/v3/conversations/{conversationId}/members/{memberId}", (string memberId) =>
            Results.Json(new { id = memberId, aadObjectId = memberId.Replace("29:", "", StringComparison.Ordinal), name = "Bench User" }));
    }

    private async Task<IResult> SendAsync(string conversationId, HttpContext context)
    {
        string? text = null;
        if (RecordTexts)
        {
            var body = await JsonNode.ParseAsync(context.Request.Body);
            text = body?["text"]?.GetValue<string>();
        }
        else
        {
            // Read (and drop) what the bot sent, as a server would.
            await context.Request.Body.CopyToAsync(Stream.Null);
        }

        return Answer(conversationId, context, null, text);
    }

    private IResult Answer(string conversationId, HttpContext context, string? activityId, string? text, bool created = false)
    {
        Interlocked.Increment(ref received);
        if (Inject429Ratio > 0 && Random.Shared.NextDouble() < Inject429Ratio)
        {
            Interlocked.Increment(ref injected);
            return TooMany(context);
        }

        if (EnforceLimits)
        {
            lock (gate)
            {
                var now = Stopwatch.GetElapsedTime(0);
                if (!perConversation.TryGetValue(conversationId, out var log))
                {
                    perConversation[conversationId] = log = new SlidingLog(TeamsLimits.PerConversation);
                }

                if ((log.WouldBreak(now) is { } conversationWindow ? "conversation " + conversationWindow
                        : tenant.WouldBreak(now) is { } tenantWindow ? "tenant " + tenantWindow : null) is { } broken)
                {
                    overByWindow[broken] = overByWindow.GetValueOrDefault(broken) + 1;
                    Interlocked.Increment(ref overLimit);
                    return TooMany(context);
                }

                log.Accept(now);
                tenant.Accept(now);
                Accept(conversationId, text);
            }
        }
        else if (RecordTexts)
        {
            lock (gate)
            {
                Accept(conversationId, text);
            }
        }
        else
        {
            Interlocked.Increment(ref accepted);
        }

        var id = activityId ?? Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return created
            ? Results.Json(new { id = conversationId, activityId = id }, statusCode: StatusCodes.Status201Created)
            : Results.Json(new { id }, statusCode: StatusCodes.Status200OK);
    }

    /// <summary>Under <see cref="gate"/>.</summary>
    private void Accept(string conversationId, string? text)
    {
        Interlocked.Increment(ref accepted);
        var now = Stopwatch.GetTimestamp();
        if (firstAcceptedTicks == 0)
        {
            firstAcceptedTicks = now;
        }

        lastAcceptedTicks = now;
        if (RecordTexts && text is not null)
        {
            if (!textsByConversation.TryGetValue(conversationId, out var texts))
            {
                textsByConversation[conversationId] = texts = [];
            }

            texts.Add(text);
        }
    }

    private IResult TooMany(HttpContext context)
    {
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(
            JsonSerializer.Deserialize<JsonObject>("""{"error":{"code":"ServiceError","message":"Too many requests"}}"""),
            statusCode: StatusCodes.Status429TooManyRequests);
    }
}
