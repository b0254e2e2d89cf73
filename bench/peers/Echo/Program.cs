// A minimal hand-written echo bot for bench/run: what a developer writes without any Bot Framework SDK.
// It parses the activity, POSTs "Echo: <text>" to the connector at the activity's serviceUrl,
// waits for that reply to be accepted, and then answers 200.
// It validates NO JWT and sends NO Authorization header: it is a benchmark peer, not a bot to deploy.
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Bench.Peers.Echo;

var port = int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "3978", CultureInfo.InvariantCulture);

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
builder.Services.AddHttpClient(EchoBot.ConnectorClient);

var app = builder.Build();

app.MapPost("/api/messages", EchoBot.HandleAsync);
app.MapGet("/readyz", () => Results.Ok());

app.Run();

namespace Bench.Peers.Echo
{
    internal static class EchoBot
    {
        public const string ConnectorClient = "connector";

        public static async Task<IResult> HandleAsync(HttpRequest request, IHttpClientFactory clients, CancellationToken ct)
        {
            Activity? activity;
            try
            {
                activity = await request.ReadFromJsonAsync(EchoJsonContext.Default.Activity, ct);
            }
            catch (System.Text.Json.JsonException)
            {
                return Results.BadRequest();
            }

            if (activity is null)
            {
                return Results.BadRequest();
            }

            if (activity.Type == "message"
                && activity.ServiceUrl is { Length: > 0 } serviceUrl
                && activity.Conversation?.Id is { Length: > 0 } conversationId)
            {
                var reply = new Activity
                {
                    Type = "message",
                    Text = "Echo: " + activity.Text,
                    ReplyToId = activity.Id,
                    Conversation = activity.Conversation,
                    From = activity.Recipient,
                    Recipient = activity.From,
                };

                var url = serviceUrl.TrimEnd('/')
                    + "/v3/conversations/" + Uri.EscapeDataString(conversationId)
                    + "/activities/" + Uri.EscapeDataString(activity.Id ?? string.Empty);

                var client = clients.CreateClient(ConnectorClient);
                using var response = await client.PostAsJsonAsync(url, reply, EchoJsonContext.Default.Activity, ct);
                if (!response.IsSuccessStatusCode)
                {
                    return Results.StatusCode(StatusCodes.Status502BadGateway);
                }
            }

            return Results.Ok();
        }
    }

    internal sealed class Activity
    {
        public string? Type { get; set; }
        public string? Id { get; set; }
        public string? ServiceUrl { get; set; }
        public string? Text { get; set; }
        public string? ReplyToId { get; set; }
        public ChannelAccount? From { get; set; }
        public ChannelAccount? Recipient { get; set; }
        public ConversationAccount? Conversation { get; set; }
    }

    internal sealed class ChannelAccount
    {
        public string? Id { get; set; }
        public string? Name { get; set; }
        public string? AadObjectId { get; set; }
    }

    internal sealed class ConversationAccount
    {
        public string? Id { get; set; }
        public string? ConversationType { get; set; }
        public string? TenantId { get; set; }
    }

    [System.Text.Json.Serialization.JsonSourceGenerationOptions(
        System.Text.Json.JsonSerializerDefaults.Web,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    [System.Text.Json.Serialization.JsonSerializable(typeof(Activity))]
    internal sealed partial class EchoJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
}
