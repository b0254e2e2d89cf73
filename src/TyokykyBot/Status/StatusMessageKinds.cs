namespace TyokykyBot.Status;

/// <summary>The outbox kinds of the status card.</summary>
public static class StatusMessageKinds
{
    /// <summary>A status card to a core-group member's private chat (target: their AAD id; arguments: the connector endpoint).</summary>
    public const string Deliver = "status.deliver";

    /// <summary>Every status and pre-information card of the case re-rendered in place (target: the case id).</summary>
    public const string Update = "status.update";

    /// <summary>A core-group member's status card, remembered so it is kept true in place.</summary>
    public const string CardPurpose = "Status";
}
