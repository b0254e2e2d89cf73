using TyokykyBot.Cases;
using TyokykyBot.Seeds;

namespace TyokykyBot.People;

public static class PersonRefs
{
    /// <summary>A tenant member by AAD object id; an external person (no object id) by e-mail only.</summary>
    public static PersonRef From(DirectoryPerson person) =>
        !person.External && !string.IsNullOrWhiteSpace(person.AadObjectId)
            ? PersonRef.Insider(person.AadObjectId, person.DisplayName, person.Email)
            : PersonRef.Outsider(person.Email, person.DisplayName);

    /// <summary>The value a card's choice carries for the person: the object id, else the e-mail.</summary>
    public static string ChoiceValue(DirectoryPerson person) =>
        string.IsNullOrWhiteSpace(person.AadObjectId) ? person.Email : person.AadObjectId;
}
