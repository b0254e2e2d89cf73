using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;

namespace TyokykyBot.Outbox;

/// <summary>
/// Row leases. A lease is the row's <c>LeaseUntil</c> value: every write that finishes, renews or
/// releases a message requires the value this instance set, so an instance whose lease ran out
/// and was taken over can no longer touch the row (a fencing token).
/// </summary>
internal static class OutboxLeases
{
    /// <summary>Whole milliseconds: a fence compares for equality, and neither database keeps .NET ticks (PostgreSQL µs, SQLite here 0.1 ms).</summary>
    public static DateTimeOffset Until(DateTimeOffset now, TimeSpan duration)
    {
        var ticks = (now + duration).UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }

    /// <summary>Claims up to <paramref name="batchSize"/> due messages, oldest first, each with <c>LeaseUntil</c> = <paramref name="lease"/>.</summary>
    public static async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(
        TyokykyDbContext db, DateTimeOffset now, DateTimeOffset lease, int batchSize, CancellationToken cancellationToken)
    {
        var ids = db.Database.IsNpgsql()
            ? await ClaimSkipLockedAsync(db, now, lease, batchSize, cancellationToken)
            : await ClaimInOneWriteAsync(db, now, lease, batchSize, cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        return await db.Outbox.AsNoTracking()
            .Where(m => ids.Contains(m.Id))
            .OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
    }

    public static async Task<bool> RenewAsync(TyokykyDbContext db, Guid id, DateTimeOffset held, DateTimeOffset renewed, CancellationToken cancellationToken) =>
        await Held(db, id, held).ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, renewed), cancellationToken) == 1;

    /// <summary>Gives the message back untouched but for when it is next due.</summary>
    public static async Task<bool> ReleaseAsync(TyokykyDbContext db, Guid id, DateTimeOffset held, DateTimeOffset nextAttemptAt, CancellationToken cancellationToken) =>
        await Held(db, id, held).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null).SetProperty(m => m.NextAttemptAt, nextAttemptAt),
            cancellationToken) == 1;

    public static async Task<bool> RecordAsync(TyokykyDbContext db, Guid id, DateTimeOffset held, OutboxAttempt attempt, CancellationToken cancellationToken) =>
        await Held(db, id, held).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.Outcome, attempt.Outcome)
                .SetProperty(m => m.Attempts, attempt.Attempts)
                .SetProperty(m => m.NextAttemptAt, attempt.NextAttemptAt)
                .SetProperty(m => m.CompletedAt, attempt.CompletedAt)
                .SetProperty(m => m.LastError, attempt.LastError),
            cancellationToken) == 1;

    /// <summary>
    /// Marks waiting messages as done by a run of their kind and target. A message another run has
    /// started meanwhile is marked too: its own record then finds the row done and lets it be.
    /// </summary>
    public static Task<int> SupersedeAsync(TyokykyDbContext db, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Outbox.Where(m => ids.Contains(m.Id) && m.Outcome == null).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Outcome, OutboxOutcomes.Sent)
                .SetProperty(m => m.CompletedAt, now)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LastError, OutboxOutcomes.Superseded),
            cancellationToken);

    /// <summary>Whether this instance still holds the message: a read, for a claim too fresh to need renewing.</summary>
    public static Task<bool> IsHeldAsync(TyokykyDbContext db, Guid id, DateTimeOffset held, CancellationToken cancellationToken) =>
        Held(db, id, held).AnyAsync(cancellationToken);

    private static IQueryable<OutboxMessage> Held(TyokykyDbContext db, Guid id, DateTimeOffset held) =>
        db.Outbox.Where(m => m.Id == id && m.Outcome == null && m.LeaseUntil == held);

    /// <summary>
    /// Several instances on one PostgreSQL: the statement locks the rows it picks and skips rows
    /// another instance's claim holds, so two claims never wait on or take the same row.
    /// </summary>
    private static Task<List<Guid>> ClaimSkipLockedAsync(
        TyokykyDbContext db, DateTimeOffset now, DateTimeOffset lease, int batchSize, CancellationToken cancellationToken) =>
        db.Database.SqlQuery<Guid>($"""
            UPDATE "Outbox" SET "LeaseUntil" = {lease}
            WHERE "Id" IN (
                SELECT "Id" FROM "Outbox"
                WHERE "Outcome" IS NULL AND "NextAttemptAt" <= {now} AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= {now})
                ORDER BY "CreatedAt", "Id"
                LIMIT {batchSize}
                FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);

    /// <summary>
    /// SQLite (one writer at a time): one statement picks and leases the batch inside a write
    /// transaction, so no other claim runs between the pick and the lease, and the whole batch costs
    /// one commit. The times are passed as the model stores them.
    /// </summary>
    private static async Task<List<Guid>> ClaimInOneWriteAsync(
        TyokykyDbContext db, DateTimeOffset now, DateTimeOffset lease, int batchSize, CancellationToken cancellationToken)
    {
        var stored = db.Model.FindEntityType(typeof(OutboxMessage))!.FindProperty(nameof(OutboxMessage.LeaseUntil))!.GetTypeMapping().Converter;
        object Stored(DateTimeOffset value) => stored?.ConvertToProvider(value) ?? value;
        var storedNow = Stored(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE "Outbox" SET "LeaseUntil" = {Stored(lease)}
            WHERE "Id" IN (
                SELECT "Id" FROM "Outbox"
                WHERE "Outcome" IS NULL AND "NextAttemptAt" <= {storedNow} AND ("LeaseUntil" IS NULL OR "LeaseUntil" <= {storedNow})
                ORDER BY "CreatedAt", "Id"
                LIMIT {batchSize})
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }
}
