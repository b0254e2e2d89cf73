namespace TyokykyBot.Meetings.Calendar.Wire;

internal sealed record GraphEmailAddress(string Address, string Name);
