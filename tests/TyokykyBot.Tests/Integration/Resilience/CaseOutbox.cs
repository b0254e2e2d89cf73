using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Integration.Resilience;

/// <summary>Reads a case's code and its outbox rows straight from the app's database.</summary>
public static class CaseOutbox
{
    public static async Task<string> CodeAsync(TyokykyApp app, Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases
            .Where(c => c.Id == caseId).Select(c => c.Code).SingleAsync();
    }

    public static async Task<OutboxMessage> RowAsync(TyokykyApp app, Guid caseId, string kind)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Outbox.AsNoTracking()
            .SingleAsync(m => m.CaseId == caseId && m.Kind == kind);
    }

    /// <summary>Waits (real time) until the case's one message of <paramref name="kind"/> is Sent or Failed.</summary>
    public static Task<OutboxMessage> FinishedAsync(TyokykyApp app, Guid caseId, string kind, TimeSpan? timeout = null) =>
        Eventually.MatchesAsync(
            () => RowAsync(app, caseId, kind), row => row.Outcome is not null, $"the {kind} message to be sent or fail",
            row => $"still pending after {row.Attempts} attempts, last error {row.LastError}", timeout ?? TimeSpan.FromSeconds(15));
}
