namespace TyokykyBot.BotFramework.Schema;

public sealed record TeamsChannelInfo(string? Id, string? Name);
