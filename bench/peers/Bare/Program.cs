// The HTTP ceiling for bench/run: POST /api/messages drains the body and answers 200,
// GET /readyz answers 200. Nothing is parsed, nothing is sent, nothing is authenticated.
using System.Globalization;
using System.Net;

var port = int.Parse(Environment.GetEnvironmentVariable("PORT") ?? "3978", CultureInfo.InvariantCulture);

var builder = WebApplication.CreateBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));

var app = builder.Build();

app.MapPost("/api/messages", async (HttpRequest request, CancellationToken ct) =>
{
    // Receive the whole body and throw it away, without copying it anywhere.
    var reader = request.BodyReader;
    while (true)
    {
        var result = await reader.ReadAsync(ct);
        reader.AdvanceTo(result.Buffer.End);
        if (result.IsCompleted || result.IsCanceled)
        {
            break;
        }
    }
    return Results.Ok();
});
app.MapGet("/readyz", () => Results.Ok());

app.Run();
