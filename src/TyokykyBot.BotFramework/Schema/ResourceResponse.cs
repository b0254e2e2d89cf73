namespace TyokykyBot.BotFramework.Schema;

public sealed record ResourceResponse(string? Id);
