using TyokykyBot.Cases;
using TyokykyBot.Seeds;

namespace TyokykyBot.Convening;

/// <summary>What the convene card offers and what it comes back prefilled with.</summary>
public sealed record ConveneCardModel
{
    /// <summary>The convening roles the directory allows the convener; the first is the default.</summary>
    public IReadOnlyList<RoleDefinition> ConvenerRoles { get; init; } = [];

    /// <summary>Directory people with the role oh-physician or oh-nurse.</summary>
    public IReadOnlyList<DirectoryPerson> OccupationalHealth { get; init; } = [];

    /// <summary>Directory people the convener may propose beyond the core group (HR).</summary>
    public IReadOnlyList<DirectoryPerson> Proposable { get; init; } = [];

    /// <summary>
    /// The seed roles, to describe a listed person by their role in the reader's language: the
    /// directory's job titles are in one language only (mostly Finnish).
    /// </summary>
    public IReadOnlyList<RoleDefinition> Roles { get; init; } = [];

    /// <summary>Display names by picker value, so a prefilled people picker shows a name, not an id.</summary>
    public IReadOnlyDictionary<string, string> KnownNames { get; init; } = new Dictionary<string, string>();

    public ConveneFormValues Values { get; init; } = new();

    public IReadOnlyList<ValidationError> Errors { get; init; } = [];
}
