using TyokykyBot.Data;

namespace TyokykyBot.Health;

public static class HealthEndpoints
{
    /// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: and its database does too.</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (TyokykyDbContext db, CancellationToken cancellationToken) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? Results.Text("ready")
                : Results.Text("database unreachable", statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
