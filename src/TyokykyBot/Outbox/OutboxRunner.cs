using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using TyokykyBot.Data;
using TyokykyBot.Telemetry;

namespace TyokykyBot.Outbox;

/// <summary>Runs one claimed message in its own scope, so one message's tracked changes or failure never reach another.</summary>
internal sealed class OutboxRunner(
    IServiceScopeFactory scopes, TimeProvider timeProvider, OutboxOptions options, TyokykyMetrics metrics, ILogger logger)
{
    public const string SpanName = "outbox message";

    /// <summary>Span outcomes besides <see cref="OutboxOutcomes"/>' Sent and Failed.</summary>
    public const string RetryOutcome = "Retry";
    public const string LeaseLostOutcome = "LeaseLost";

    /// <summary>
    /// A claim with at least this share of the lease left is used as it is: the handler's budget
    /// (three quarters of the lease) still ends with a fifth of it left for recording the outcome.
    /// </summary>
    private const double FreshClaim = 0.95;

    public async Task RunAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        // Kind and attempt only: the payload and target name people and cases.
        using var span = TyokykyTelemetry.Source.StartActivity(SpanName, ActivityKind.Consumer);
        span?.SetTag(TelemetryTags.OutboxAttempt, message.Attempts + 1);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<TyokykyDbContext>();
        // Only this message's handler is constructed. A registered kind is one of the code's
        // constants; any other string is not trusted into telemetry.
        var handler = services.GetRequiredService<OutboxKindKeys>().Contains(message.Kind)
            ? services.GetRequiredKeyedService<IOutboxHandler>(message.Kind)
            : null;
        var kind = handler is not null ? message.Kind : TelemetryTags.Other;
        span?.SetTag(TelemetryTags.OutboxKind, kind);

        if (message.Outcome is not null || message.LeaseUntil is not { } held)
        {
            // Done by a run of the same kind and target between its claim and the claim's read.
            OutboxLog.AlreadyDone(logger, message.Id, message.Kind);
            span?.SetTag(TelemetryTags.OutboxOutcome, OutboxOutcomes.Superseded);
            return;
        }

        // Renewed as the message starts when the batch's claim is no longer fresh: if another
        // instance took the message over meanwhile, the renewal fails and this instance lets it be.
        // A fresh claim (the usual case) is only read back, which costs no write.
        var lease = held;
        var now = timeProvider.GetUtcNow();
        bool stillHeld;
        if (held - now >= options.LeaseDuration * FreshClaim)
        {
            stillHeld = await OutboxLeases.IsHeldAsync(db, message.Id, held, cancellationToken);
        }
        else
        {
            lease = OutboxLeases.Until(now, options.LeaseDuration);
            stillHeld = await OutboxLeases.RenewAsync(db, message.Id, held, lease, cancellationToken);
        }

        if (!stillHeld)
        {
            if (await db.Outbox.AnyAsync(m => m.Id == message.Id && m.Outcome == OutboxOutcomes.Sent, cancellationToken))
            {
                // A run of the same kind and target brought it up to date meanwhile.
                OutboxLog.AlreadyDone(logger, message.Id, message.Kind);
                span?.SetTag(TelemetryTags.OutboxOutcome, OutboxOutcomes.Superseded);
                return;
            }

            OutboxLog.LeaseLost(logger, message.Id, message.Kind);
            span?.SetTag(TelemetryTags.OutboxOutcome, LeaseLostOutcome);
            return;
        }

        // Committed before this run reads any state, so this run's state covers their changes too.
        IReadOnlyList<Guid> waiting = handler is { BringsUpToDate: true }
            ? await db.Outbox.AsNoTracking()
                .Where(m => m.Kind == message.Kind && m.Target == message.Target && m.Outcome == null && m.Id != message.Id)
                .Select(m => m.Id).ToListAsync(cancellationToken)
            : [];

        OutboxHandlerResult result;
        try
        {
            result = handler is null
                ? OutboxHandlerResult.Fail(OutboxOutcomes.NoHandler)
                : await HandleAsync(handler, message, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: hand the message back at once instead of waiting out the lease.
            db.ChangeTracker.Clear();
            await OutboxLeases.ReleaseAsync(db, message.Id, lease, message.NextAttemptAt, CancellationToken.None);
            throw;
        }

        if (result.Status == OutboxHandlerStatus.Retry)
        {
            db.ChangeTracker.Clear();
        }

        try
        {
            await RecordAsync(db, message, lease, Decide(message, result), kind, span, result.Status == OutboxHandlerStatus.Done ? waiting : []);
        }
        catch (DbUpdateException ex)
        {
            // The handler's own writes cannot be saved (its bug, or a conflict): counted as a
            // failed attempt without them, so that MaxAttempts bounds a message that never saves.
            OutboxLog.HandlerThrew(logger, message.Id, message.Kind, message.Attempts + 1, ex.GetType().Name);
            db.ChangeTracker.Clear();
            await RecordAsync(db, message, lease, Decide(message, OutboxHandlerResult.Retry($"{OutboxOutcomes.HandlerWritesFailed}:{ex.GetType().Name}")), kind, span, []);
        }
    }

    private async Task<OutboxHandlerResult> HandleAsync(IOutboxHandler handler, OutboxMessage message, CancellationToken cancellationToken)
    {
        // A quarter of the lease is left for recording the outcome before another instance may take over.
        using var budget = new CancellationTokenSource(options.LeaseDuration * 0.75, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await handler.HandleAsync(message, linked.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return OutboxHandlerResult.Retry(OutboxOutcomes.HandlerTimeout);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            OutboxLog.HandlerThrew(logger, message.Id, message.Kind, message.Attempts + 1, ex.GetType().Name);
            return OutboxHandlerResult.Retry($"{OutboxOutcomes.HandlerException}:{ex.GetType().Name}");
        }
    }

    private OutboxAttempt Decide(OutboxMessage message, OutboxHandlerResult result)
    {
        var now = timeProvider.GetUtcNow();
        var attempts = message.Attempts + 1;
        var reason = Truncate(result.Reason);
        return result.Status switch
        {
            OutboxHandlerStatus.Done => new(OutboxOutcomes.Sent, attempts, message.NextAttemptAt, now, message.LastError),
            OutboxHandlerStatus.Retry when attempts < options.MaxAttempts =>
                new(null, attempts, now + (result.RetryAfter ?? OutboxBackoff.Delay(attempts, options, Random.Shared)), null, reason),
            _ => new(OutboxOutcomes.Failed, attempts, message.NextAttemptAt, now, reason),
        };
    }

    /// <summary>
    /// The outcome and the handler's own tracked changes commit together, and only while this
    /// instance still holds the lease. Exactly once, but for one window: a crash (or lost lease)
    /// after the handler's remote call and before this commit sends the message again later.
    /// Not cancelled on shutdown: a call already made is worth recording.
    /// </summary>
    private async Task RecordAsync(
        TyokykyDbContext db, OutboxMessage message, DateTimeOffset lease, OutboxAttempt attempt, string kind, Activity? span, IReadOnlyList<Guid> superseded)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        if (!await OutboxLeases.RecordAsync(db, message.Id, lease, attempt, CancellationToken.None))
        {
            OutboxLog.LeaseLost(logger, message.Id, message.Kind);
            span?.SetTag(TelemetryTags.OutboxOutcome, LeaseLostOutcome);
            return;
        }

        if (superseded.Count > 0)
        {
            var done = await OutboxLeases.SupersedeAsync(db, superseded, timeProvider.GetUtcNow(), CancellationToken.None);
            OutboxLog.Superseded(logger, message.Id, message.Kind, done);
        }

        await db.SaveChangesAsync(CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);
        var outcome = attempt.Outcome ?? RetryOutcome;
        span?.SetTag(TelemetryTags.OutboxOutcome, outcome);
        if (outcome == OutboxOutcomes.Failed)
        {
            span?.SetStatus(ActivityStatusCode.Error);
        }

        metrics.DeliveryRecorded(kind, outcome);
        switch (attempt.Outcome)
        {
            case OutboxOutcomes.Sent:
                OutboxLog.Sent(logger, message.Id, message.Kind, attempt.Attempts);
                break;
            case OutboxOutcomes.Failed:
                OutboxLog.Failed(logger, message.Id, message.Kind, attempt.Attempts, attempt.LastError ?? "");
                break;
            default:
                OutboxLog.Retrying(logger, message.Id, message.Kind, attempt.Attempts, attempt.LastError ?? "", attempt.NextAttemptAt - timeProvider.GetUtcNow());
                break;
        }
    }

    private static string? Truncate(string? reason) => reason is { Length: > 200 } ? reason[..200] : reason;
}
