namespace TyokykyBot.Outbox;

public enum OutboxHandlerStatus
{
    /// <summary>The work is done; the message is marked Sent.</summary>
    Done,

    /// <summary>A transient failure; the message is tried again after a backoff.</summary>
    Retry,

    /// <summary>A permanent failure (e.g. the user blocked the bot); the message is marked Failed.</summary>
    Fail,
}
