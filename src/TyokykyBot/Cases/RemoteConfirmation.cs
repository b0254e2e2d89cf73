namespace TyokykyBot.Cases;

/// <summary>An attendee's word that they take part in the remote meeting from a private space.</summary>
public sealed record RemoteConfirmation(Guid ParticipantId, DateTimeOffset At);
