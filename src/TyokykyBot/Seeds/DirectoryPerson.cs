using System.Collections.Immutable;

namespace TyokykyBot.Seeds;

/// <summary>
/// A person of the seed directory. External people (e.g. a provider's OH physician) have no
/// Entra object id: they are reached only by e-mail, through the calendar invitation.
/// </summary>
public sealed record DirectoryPerson
{
    public string Id { get; init; } = "";

    public string? AadObjectId { get; init; }

    public string DisplayName { get; init; } = "";

    public string Email { get; init; } = "";

    public string? UserPrincipalName { get; init; }

    public string JobTitle { get; init; } = "";

    public string? Department { get; init; }

    public string? Organisation { get; init; }

    /// <summary>fi, sv or en.</summary>
    public string DefaultLanguage { get; init; } = "";

    public bool External { get; init; }

    /// <summary>Role ids (roles.json) this person can take.</summary>
    public ImmutableArray<string> Roles { get; init; } = [];

    /// <summary>Ids of the people this person supervises.</summary>
    public ImmutableArray<string> SupervisorOf { get; init; } = [];

    public bool CanTake(string roleId) => Roles.Contains(roleId, StringComparer.Ordinal);
}
