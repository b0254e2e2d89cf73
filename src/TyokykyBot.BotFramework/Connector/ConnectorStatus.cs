namespace TyokykyBot.BotFramework.Connector;

/// <summary>How a Connector call ended, in the terms the caller acts on.</summary>
public enum ConnectorStatus
{
    Ok,

    /// <summary>403: the user blocked or uninstalled the bot, or writes are blocked (subCode MessageWritesBlocked).</summary>
    Blocked,

    /// <summary>404: the conversation, activity or member is gone.</summary>
    NotFound,

    /// <summary>A transient status (429, 412, 502, 503, 504) was still returned after every retry.</summary>
    Throttled,

    /// <summary>Anything else, including a network failure or timeout with no HTTP status.</summary>
    Failed,

    /// <summary>The service URL is not on the allow-list; nothing was sent.</summary>
    UntrustedServiceUrl,
}
