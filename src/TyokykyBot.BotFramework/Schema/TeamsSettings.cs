namespace TyokykyBot.BotFramework.Schema;

public sealed record TeamsSettings(TeamsChannelInfo? SelectedChannel);
