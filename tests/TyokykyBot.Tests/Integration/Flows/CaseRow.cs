using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TyokykyBot.Data;

namespace TyokykyBot.Tests.Integration.Flows;

/// <summary>A case as the database holds it, for comparing before and after a click.</summary>
public sealed record CaseRow(string Code, string State, int Version, string Data, int AuditCount, int ConsentRecorded)
{
    public static async Task<CaseRow> ReadAsync(TyokykyApp app, Guid caseId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TyokykyDbContext>();
        var record = await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId);
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.CaseId == caseId).Select(a => a.Action).ToListAsync();
        return new CaseRow(record.Code, record.State, record.Version, record.ProtectedData, audit.Count, audit.Count(a => a == "ConsentRecorded"));
    }

    /// <summary>The outbox works in the background; waits (real time) until the case is in <paramref name="state"/>.</summary>
    public static Task<CaseRow> WaitForStateAsync(TyokykyApp app, Guid caseId, string state) =>
        Eventually.MatchesAsync(() => ReadAsync(app, caseId), row => row.State == state, $"the case to reach {state}", row => row.State);

    public static async Task<int> CountAsync(TyokykyApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TyokykyDbContext>().Cases.CountAsync();
    }
}
