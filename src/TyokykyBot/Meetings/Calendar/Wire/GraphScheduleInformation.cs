namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>One person's answer in getSchedule; <see cref="Error"/> is set when their free/busy is not available.</summary>
internal sealed record GraphScheduleInformation(string? ScheduleId, IReadOnlyList<GraphScheduleItem>? ScheduleItems, GraphFreeBusyError? Error);
