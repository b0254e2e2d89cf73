using Microsoft.EntityFrameworkCore;

namespace TyokykyBot.Data;

/// <summary>The stale-copy check the memo and action stores share.</summary>
internal static class RowRevisions
{
    /// <summary>A copy older than the newest this scope holds would undo what came after it.</summary>
    public static void Check(Guid id, int copy, int newest)
    {
        if (copy != newest)
            throw new DbUpdateConcurrencyException($"Row {id} was changed since revision {copy} (now {newest}); read it again.");
    }
}
