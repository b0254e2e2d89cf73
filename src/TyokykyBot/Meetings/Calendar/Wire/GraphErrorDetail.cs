namespace TyokykyBot.Meetings.Calendar.Wire;

internal sealed record GraphErrorDetail(string? Code);
