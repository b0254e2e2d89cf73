namespace TyokykyBot.Meetings.Calendar.Wire;

internal sealed record GraphLocation(string DisplayName);
