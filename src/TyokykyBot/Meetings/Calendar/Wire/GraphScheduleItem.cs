namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>A busy block; <see cref="Status"/> is free, tentative, busy, oof, workingElsewhere or unknown.</summary>
internal sealed record GraphScheduleItem(string? Status, GraphDateTimeZone? Start, GraphDateTimeZone? End);
