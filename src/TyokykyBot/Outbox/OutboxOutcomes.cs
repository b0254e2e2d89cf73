namespace TyokykyBot.Outbox;

/// <summary>The values the dispatcher writes to <c>Outcome</c> and its own neutral reason codes.</summary>
public static class OutboxOutcomes
{
    public const string Sent = "Sent";

    public const string Failed = "Failed";

    /// <summary>No <see cref="IOutboxHandler"/> is registered for the message's kind.</summary>
    public const string NoHandler = "NoHandler";

    /// <summary>The handler threw; the exception's type follows a colon.</summary>
    public const string HandlerException = "HandlerException";

    /// <summary>The handler's tracked changes could not be saved with the outcome; the exception's type follows a colon.</summary>
    public const string HandlerWritesFailed = "HandlerWritesFailed";

    /// <summary>Done by a later run of the same kind and target (<see cref="IOutboxHandler.BringsUpToDate"/>).</summary>
    public const string Superseded = "Superseded";

    /// <summary>The handler ran past its share of the lease and was cancelled.</summary>
    public const string HandlerTimeout = "HandlerTimeout";
}
