using TyokykyBot.Seeds;

namespace TyokykyBot.People;

/// <summary>
/// Who a typed name or address is: one person; or nobody, with the several people it fits
/// (<see cref="Candidates"/>) or, when it fits none, the directory's closest names (<see cref="Suggestions"/>).
/// </summary>
public sealed record TypedMatch(DirectoryPerson? Person, IReadOnlyList<DirectoryPerson> Candidates, IReadOnlyList<DirectoryPerson> Suggestions)
{
    public static TypedMatch Nobody { get; } = new(null, [], []);

    public bool IsAmbiguous => Person is null && Candidates.Count > 1;

    public static TypedMatch Found(DirectoryPerson person) => new(person, [], []);
}
