namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>The fields of an event answer the bot reads.</summary>
internal sealed record GraphEventAnswer(string? Id, GraphDateTimeZone? Start, GraphDateTimeZone? End, GraphOnlineMeetingInfo? OnlineMeeting);
