namespace TyokykyBot.Meetings.Calendar.Wire;

internal sealed record GraphLobbyBypassSettings(string Scope, bool IsDialInBypassEnabled);
