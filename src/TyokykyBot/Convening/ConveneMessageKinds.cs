namespace TyokykyBot.Convening;

/// <summary>The outbox kinds of convening.</summary>
public static class ConveneMessageKinds
{
    /// <summary>
    /// A fresh convene card to the private chat of someone who typed the command in a channel or group
    /// chat (target: their AAD id; arguments: the tenant and the connector endpoint). No case exists yet.
    /// </summary>
    public const string DeliverCard = "convene.deliver";

    /// <summary>A plain notice to whoever can act on it (target: their AAD id; arguments: the text key and neutral values).</summary>
    public const string Notify = "convener.notify";

    /// <summary>The convener's card, which became the case's status card (and is kept true with the others).</summary>
    public const string CardPurpose = "Convene";
}
