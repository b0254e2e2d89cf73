namespace TyokykyBot.Consent;

/// <summary>The consent card's Action.Execute verbs.</summary>
public static class ConsentVerbs
{
    public const string Give = "consent.give";
    public const string Decline = "consent.decline";
    public const string Change = "consent.change";
    public const string Withdraw = "consent.withdraw";
    public const string Refresh = "consent.refresh";
}
