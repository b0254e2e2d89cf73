namespace TyokykyBot.Data;

/// <summary>
/// One row per conversation the bot is installed in. Its insert is the claim to send the welcome
/// card: Teams announces one installation twice (installationUpdate and conversationUpdate).
/// </summary>
public class Installation
{
    public required string ConversationId { get; set; }
    public DateTimeOffset WelcomedAt { get; set; }
}
