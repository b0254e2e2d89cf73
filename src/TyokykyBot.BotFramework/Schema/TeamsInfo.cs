namespace TyokykyBot.BotFramework.Schema;

public sealed record TeamsInfo(string? Id, string? Name, string? AadGroupId);
