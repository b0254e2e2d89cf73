namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>An event's <c>onlineMeeting</c>; <c>joinUrl</c> replaces the deprecated <c>onlineMeetingUrl</c>.</summary>
internal sealed record GraphOnlineMeetingInfo(string? JoinUrl);
