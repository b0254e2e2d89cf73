namespace TyokykyBot.Cases;

/// <summary>A person and the role the convener names them in.</summary>
public sealed record ParticipantEntry(PersonRef Person, CaseRole Role);
