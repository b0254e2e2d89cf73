namespace TyokykyBot.Cases;

/// <summary>
/// Something that happened to a case which other features follow. The case records these as it
/// records its audit entries; the repository turns each into the outbox rows its followers plan,
/// in the same unit of work as the change (see <see cref="Case.Events"/>). They are not stored, and
/// carry no names, topics or typed text: followers read the case itself.
/// </summary>
public abstract record CaseEvent;
