namespace TyokykyBot.Cases;

/// <summary>A comment or a reason for postponing, by a participant.</summary>
public sealed record ActionNote(Guid By, DateTimeOffset At, string Text);
