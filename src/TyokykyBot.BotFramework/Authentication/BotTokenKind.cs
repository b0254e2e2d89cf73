namespace TyokykyBot.BotFramework.Authentication;

/// <summary>Who issued an inbound token; decides which keys sign it and which checks follow.</summary>
public enum BotTokenKind
{
    /// <summary>Issued by the Bot Connector (<c>https://api.botframework.com</c>), e.g. for Teams.</summary>
    Channel,

    /// <summary>Issued by Entra ID in the bot's own tenant, e.g. the Agents Playground with credentials.</summary>
    Entra,
}
