namespace TyokykyBot.Consent;

/// <summary>The outbox kinds of the consent flow.</summary>
public static class ConsentMessageKinds
{
    /// <summary>The consent card to the employee's private chat (target: the employee's AAD id; arguments: the connector endpoint).</summary>
    public const string DeliverCard = "consent.deliver";

    /// <summary>The employee's consent card, remembered under this purpose.</summary>
    public const string CardPurpose = "Consent";
}
