using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;

namespace TyokykyBot.Outbox;

/// <summary>
/// Records intent in the caller's unit of work: <see cref="Enqueue"/> only adds the row, and the
/// caller's SaveChanges commits it together with the state change, or not at all.
/// </summary>
/// <remarks>
/// Waking the dispatcher: after a SaveChanges that wrote an enqueued row and ran in its own
/// transaction, the dispatcher is woken at once (the DbContext's SavedChanges event). A caller
/// that wraps SaveChanges in an explicit transaction calls <see cref="Committed"/> after its
/// commit; otherwise the message waits at most one poll interval.
/// </remarks>
public sealed class OutboxWriter(TyokykyDbContext db, TimeProvider timeProvider, OutboxSignal signal, OutboxAddresses addresses) : IDisposable
{
    private bool pending;
    private bool subscribed;
    private DateTimeOffset lastCreatedAt;

    /// <param name="target">
    /// The case's id, or a person's AAD object id; the latter is stored as a pseudonym and encrypted
    /// (see <see cref="OutboxAddresses"/>). <paramref name="arguments"/> carry ids and codes only,
    /// never names or typed addresses: they are stored as they are.
    /// </param>
    public OutboxMessage Enqueue(string kind, string target, Guid? caseId = null, string? arguments = null, DateTimeOffset? notBefore = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var now = WholeMilliseconds(timeProvider.GetUtcNow());
        var createdAt = NextCreatedAt(now);
        var (stored, recipient) = addresses.Store(target, caseId);
        var message = new OutboxMessage
        {
            Id = Guid.CreateVersion7(createdAt),
            Kind = kind,
            Target = stored,
            ProtectedRecipient = recipient,
            CaseId = caseId,
            Arguments = arguments,
            CreatedAt = createdAt,
            // PostgreSQL keeps timestamptz in UTC only; a caller may well pass Helsinki time.
            NextAttemptAt = notBefore is { } later && later > now ? later.ToUniversalTime() : now,
        };
        db.Outbox.Add(message);
        pending = true;
        if (!subscribed)
        {
            db.SavedChanges += OnSavedChanges;
            subscribed = true;
        }

        return message;
    }

    /// <summary>Wakes the dispatcher; for callers that committed an explicit transaction.</summary>
    public void Committed()
    {
        pending = false;
        signal.Notify();
    }

    public void Dispose()
    {
        if (subscribed)
        {
            db.SavedChanges -= OnSavedChanges;
            subscribed = false;
        }
    }

    private void OnSavedChanges(object? sender, SavedChangesEventArgs e)
    {
        // Inside an explicit transaction the rows are not visible yet; Committed() wakes then.
        if (pending && db.Database.CurrentTransaction is null)
        {
            Committed();
        }
    }

    /// <summary>
    /// Strictly increasing within this unit of work, in whole milliseconds (SQLite keeps a tenth
    /// of one, PostgreSQL a microsecond), so that messages enqueued together are sent in the order
    /// they were enqueued. Only for ordering: when a message is due is not moved by it.
    /// </summary>
    private DateTimeOffset NextCreatedAt(DateTimeOffset now)
    {
        lastCreatedAt = now > lastCreatedAt ? now : lastCreatedAt.AddMilliseconds(1);
        return lastCreatedAt;
    }

    private static DateTimeOffset WholeMilliseconds(DateTimeOffset value) =>
        new(value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
