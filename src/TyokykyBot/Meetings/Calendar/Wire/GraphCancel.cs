namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>The body of <c>POST /users/{id}/events/{id}/cancel</c> (contrib <c>event-cancel</c>).</summary>
internal sealed record GraphCancel(string Comment);
