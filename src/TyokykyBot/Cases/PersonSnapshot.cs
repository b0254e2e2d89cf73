namespace TyokykyBot.Cases;

/// <summary>A <see cref="PersonRef"/> as stored: every field, where the domain type compares by id only.</summary>
public sealed record PersonSnapshot(string? AadObjectId, string? Email, string DisplayName)
{
    public static PersonSnapshot From(PersonRef person) => new(person.AadObjectId, person.Email, person.DisplayName);

    public PersonRef ToPerson() => new(AadObjectId, Email, DisplayName);
}
