using TyokykyBot.Data;
using TyokykyBot.Outbox;

namespace TyokykyBot.Tests.Outbox;

/// <summary>A scoped handler that writes to the dispatcher's DbContext (without saving), then answers as the script says.</summary>
public sealed class AuditingHandler(TyokykyDbContext db, ScriptedHandler script) : IOutboxHandler
{
    public const string AuditKind = "Audit";

    public Task<OutboxHandlerResult> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        db.AuditLog.Add(new AuditRecord { At = DateTimeOffset.UnixEpoch, Actor = "outbox", Action = "Handled", Detail = message.Id.ToString() });
        script.AlsoWrite?.Invoke(db);
        return script.HandleAsync(message, cancellationToken);
    }
}
