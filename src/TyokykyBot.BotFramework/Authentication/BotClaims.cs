namespace TyokykyBot.BotFramework.Authentication;

/// <summary>Claim names the bot reads; inbound claims are not mapped to WS-* names.</summary>
public static class BotClaims
{
    public const string ServiceUrl = "serviceurl";

    /// <summary>The calling app in Entra v2 tokens.</summary>
    public const string AuthorizedParty = "azp";

    /// <summary>The calling app in Entra v1 tokens.</summary>
    public const string AppId = "appid";
}
