namespace TyokykyBot.Meetings.Calendar.Wire;

/// <summary>Graph's error body, <c>{"error":{"code":…,"message":…}}</c>, read for its code only.</summary>
internal sealed record GraphErrorAnswer(GraphErrorDetail? Error);
