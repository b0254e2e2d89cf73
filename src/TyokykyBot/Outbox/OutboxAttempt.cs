namespace TyokykyBot.Outbox;

/// <summary>What one run of a message leaves on its row; the lease is released with it.</summary>
internal sealed record OutboxAttempt(string? Outcome, int Attempts, DateTimeOffset NextAttemptAt, DateTimeOffset? CompletedAt, string? LastError);
