namespace TyokykyBot.BotFramework.Schema;

public sealed record TeamsTenantInfo(string? Id);
