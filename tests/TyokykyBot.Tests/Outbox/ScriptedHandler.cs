using System.Collections.Concurrent;
using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>A handler whose answer each test scripts; records every message it was given, in order.</summary>
public sealed class ScriptedHandler(string kind = ScriptedHandler.DefaultKind) : IOutboxHandler
{
    public const string DefaultKind = "Scripted";

    public string Kind => kind;

    public ConcurrentQueue<Guid> Handled { get; } = new();

    /// <summary>Whether a run counts as bringing its target up to date (a status card refresh does).</summary>
    public bool BringsUpToDate { get; set; }

    /// <summary>Called with the message and how many times it has now been handled (1 on the first run).</summary>
    public Func<OutboxMessage, int, Task<OutboxHandlerResult>> Respond { get; set; } = (_, _) => Task.FromResult(OutboxHandlerResult.Done);

    /// <summary>What <see cref="AuditingHandler"/> adds to its DbContext besides the audit row.</summary>
    public Action<TyokykyDbContext>? AlsoWrite { get; set; }

    /// <summary>The token the latest run was given; for scripts that wait until the dispatcher stops.</summary>
    public CancellationToken LastCancellationToken { get; private set; }

    public int Count(Guid id) => Handled.Count(h => h == id);

    public Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        LastCancellationToken = cancellationToken;
        Handled.Enqueue(message.Id);
        return Respond(message, Count(message.Id));
    }
}
