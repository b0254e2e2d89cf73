namespace TyokykyBot.BotFramework.Connector;

/// <summary>A send <see cref="TeamsRateLimiter"/> has made room for: its key and when (UTC ticks; 0 for none).</summary>
public readonly record struct RateReservation(string? ConversationId, long At);
