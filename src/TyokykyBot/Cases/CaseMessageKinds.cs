namespace TyokykyBot.Cases;

/// <summary>The outbox kinds a case's state changes give rise to.</summary>
public static class CaseMessageKinds
{
    /// <summary>The consent card to the employee's private chat (target: the employee's AAD id).</summary>
    public const string DeliverConsentCard = "consent.deliver";

    /// <summary>A status card to a core-group member's private chat (target: their AAD id).</summary>
    public const string DeliverStatusCard = "status.deliver";

    /// <summary>Every status card of the case refreshed in place (target: the case id).</summary>
    public const string UpdateStatusCards = "status.update";

    /// <summary>A plain notice to the convener (target: the convener's AAD id; arguments: the text key).</summary>
    public const string NotifyConvener = "convener.notify";
}
