using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TyokykyBot.Data;

/// <summary>
/// SQLite has one writer at a time. Without this, concurrent writers (card clicks, the outbox) meet
/// SQLITE_BUSY, and Microsoft.Data.Sqlite retries by putting the thread to sleep, so a burst of
/// clicks turns into seconds of latency. Here a writer waits asynchronously for the process-wide
/// gate instead: around SaveChanges, around a transaction (begin to commit or rollback), and around
/// a statement that writes outside both (ExecuteUpdate, ExecuteDelete). Reads never wait (WAL).
/// One process per database file, as SQLite is deployed here.
/// </summary>
public sealed class SqliteWriteGate : IInterceptor
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, Holder> holders = [];

    /// <summary>The interceptors to add to the SQLite context's options.</summary>
    public IEnumerable<IInterceptor> Interceptors => [new SaveChanges(this), new Transactions(this), new Statements(this), new Connections(this)];

    /// <summary>A statement run without a DbContext (none in this app) is not gated: its holder is thrown away.</summary>
    private Holder For(DbContext? context) =>
        context is null ? new Holder() : holders.GetValue(context, _ => new Holder());

    private async ValueTask EnterAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null)
        {
            return;
        }

        var holder = For(context);
        if (holder.Depth == 0)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            holder.Held = true;
        }

        holder.Depth++;
    }

    private void Enter(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var holder = For(context);
        if (holder.Depth == 0)
        {
            gate.Wait();
            holder.Held = true;
        }

        holder.Depth++;
    }

    private void Exit(DbContext? context)
    {
        var holder = For(context);
        if (holder.Depth == 0)
        {
            return;
        }

        holder.Depth--;
        if (holder.Depth == 0)
        {
            Release(holder);
        }
    }

    /// <summary>The safety net: whatever this context still holds is let go when its connection closes.</summary>
    private void ExitAll(DbContext? context)
    {
        var holder = For(context);
        holder.Depth = 0;
        holder.InTransaction = false;
        Release(holder);
    }

    private void Release(Holder holder)
    {
        if (holder.Held)
        {
            holder.Held = false;
            gate.Release();
        }
    }

    private sealed class Holder
    {
        public int Depth;
        public bool Held;
        public bool InTransaction;
        public bool InStatement;
    }

    private sealed class SaveChanges(SqliteWriteGate owner) : SaveChangesInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            await owner.EnterAsync(eventData.Context, cancellationToken);
            return result;
        }

        public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            owner.Enter(eventData.Context);
            return result;
        }

        public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
        {
            owner.Exit(eventData.Context);
            return result;
        }

        public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            owner.Exit(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override void SaveChangesFailed(DbContextErrorEventData eventData) => owner.Exit(eventData.Context);

        public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Exit(eventData.Context);
            return Task.CompletedTask;
        }

        public override void SaveChangesCanceled(DbContextEventData eventData) => owner.Exit(eventData.Context);

        public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
        {
            owner.Exit(eventData.Context);
            return Task.CompletedTask;
        }
    }

    private sealed class Transactions(SqliteWriteGate owner) : DbTransactionInterceptor
    {
        public override async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            await owner.EnterAsync(eventData.Context, cancellationToken);
            owner.For(eventData.Context).InTransaction = true;
            return result;
        }

        public override InterceptionResult<DbTransaction> TransactionStarting(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            owner.Enter(eventData.Context);
            owner.For(eventData.Context).InTransaction = true;
            return result;
        }

        public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => End(eventData.Context);

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            End(eventData.Context);
            return Task.CompletedTask;
        }

        public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => End(eventData.Context);

        public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            End(eventData.Context);
            return Task.CompletedTask;
        }

        public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => End(eventData.Context);

        public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            End(eventData.Context);
            return Task.CompletedTask;
        }

        private void End(DbContext? context)
        {
            var holder = owner.For(context);
            if (holder.InTransaction)
            {
                holder.InTransaction = false;
                owner.Exit(context);
            }
        }
    }

    /// <summary>A statement that writes outside SaveChanges and outside a transaction (ExecuteUpdate, ExecuteDelete).</summary>
    private sealed class Statements(SqliteWriteGate owner) : DbCommandInterceptor
    {
        public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (owner.For(eventData.Context).Depth == 0)
            {
                await owner.EnterAsync(eventData.Context, cancellationToken);
                owner.For(eventData.Context).InStatement = true;
            }

            return result;
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            if (owner.For(eventData.Context).Depth == 0)
            {
                owner.Enter(eventData.Context);
                owner.For(eventData.Context).InStatement = true;
            }

            return result;
        }

        public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
        {
            End(eventData.Context);
            return result;
        }

        public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
        {
            End(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => End(eventData.Context);

        public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
        {
            End(eventData.Context);
            return Task.CompletedTask;
        }

        public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) => End(eventData.Context);

        public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
        {
            End(eventData.Context);
            return Task.CompletedTask;
        }

        private void End(DbContext? context)
        {
            var holder = owner.For(context);
            if (holder.InStatement)
            {
                holder.InStatement = false;
                owner.Exit(context);
            }
        }
    }

    private sealed class Connections(SqliteWriteGate owner) : DbConnectionInterceptor
    {
        public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => owner.ExitAll(eventData.Context);

        public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
        {
            owner.ExitAll(eventData.Context);
            return Task.CompletedTask;
        }
    }
}
