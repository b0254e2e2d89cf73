namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>Read only to know there was one; its message text is never kept.</summary>
internal sealed record GraphFreeBusyError(string? ResponseCode);
