using Microsoft.Graph.Models;

namespace TyokykyBot.People;

/// <summary>A role group's enabled members, with their ids at hand for "is this person one of them".</summary>
internal sealed class GroupMembers
{
    private readonly HashSet<string> _ids;

    public GroupMembers(IEnumerable<User> users)
    {
        Users = [.. users.Where(GraphUsers.IsEnabledMember)];
        _ids = new HashSet<string>(Users.Select(u => u.Id!), StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<User> Users { get; }

    public bool Contains(string? id) => id is not null && _ids.Contains(id);
}
