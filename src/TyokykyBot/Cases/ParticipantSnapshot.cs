namespace TyokykyBot.Cases;

public sealed record ParticipantSnapshot(Guid Id, PersonSnapshot Person, CaseRole Role);
