using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using TyokykyBot.Seeds;
using TyokykyBot.Telemetry;

namespace TyokykyBot.People;

/// <summary>
/// The organisation's directory in Microsoft Entra ID, read through Graph as the bot's own identity.
/// Only enabled members of the tenant are people here: a guest or a disabled account is never found,
/// searched or listed. Roles beyond employee and other participant come from the Entra groups of
/// <c>Directory:Groups</c>, the supervisor also from the manager relation. Answers are cached for
/// <see cref="DirectoryOptions.CacheDuration"/>, so one card does not ask Graph for one person twice.
/// </summary>
public sealed class GraphPeopleDirectory(
    GraphServiceClient graph, IMemoryCache cache, IOptions<DirectoryOptions> options, ILogger<GraphPeopleDirectory> logger) : IPeopleDirectory
{
    /// <summary>25 a page and 4 pages: more than a card's search shows, and a bound on a vague text.</summary>
    internal const int SearchPageSize = 25;
    internal const int MaxSearchPages = 4;

    /// <summary>Graph's largest page for members; 20 pages bound a group at 19,980 people.</summary>
    internal const int GroupPageSize = 999;
    internal const int MaxGroupPages = 20;

    private const string ReadUsers = "User.Read.All";
    private const string ReadGroupMembers = "GroupMember.Read.All";

    private readonly GraphDirectoryCalls _calls = new(logger);

    private DirectoryOptions Settings => options.Value;

    public Task<DirectoryPerson?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        // Typed names reach here too (PeopleLookup tries an id first): only a GUID is sent to Graph.
        if (!Guid.TryParse(aadObjectId?.Trim(), out var id))
            return Task.FromResult<DirectoryPerson?>(null);
        return CachedAsync("id:" + id.ToString("D"), async () =>
        {
            var user = await _calls.RunAsync("get user", ReadUsers, () => graph.Users[id.ToString("D")].GetAsync(r =>
            {
                r.QueryParameters.Select = GraphUsers.Fields;
                r.Options.Add(new GraphOperation("get user"));
            }, cancellationToken), notFound: null);
            return GraphUsers.IsEnabledMember(user) ? await FullPersonAsync(user!, cancellationToken) : null;
        });
    }

    public Task<DirectoryPerson?> FindByEmailAsync(string email, CancellationToken cancellationToken)
    {
        var wanted = email?.Trim() ?? "";
        if (!EmailAddresses.IsStrict(wanted))
            return Task.FromResult<DirectoryPerson?>(null);
        return CachedAsync("mail:" + wanted.ToLowerInvariant(), async () =>
        {
            var literal = GraphUsers.Literal(wanted);
            var page = await _calls.RunAsync("find user by mail", ReadUsers, () => graph.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"(mail eq '{literal}' or userPrincipalName eq '{literal}') and {GraphUsers.MembersOnly}";
                r.QueryParameters.Select = GraphUsers.Fields;
                r.QueryParameters.Count = true;
                r.QueryParameters.Top = 2;
                r.Headers.Add("ConsistencyLevel", "eventual");
                r.Options.Add(new GraphOperation("find user by mail"));
            }, cancellationToken), notFound: null);
            var user = page?.Value?.FirstOrDefault(u => GraphUsers.IsEnabledMember(u)
                && (string.Equals(u.Mail, wanted, StringComparison.OrdinalIgnoreCase) || string.Equals(u.UserPrincipalName, wanted, StringComparison.OrdinalIgnoreCase)));
            return user is null ? null : await FullPersonAsync(user, cancellationToken);
        });
    }

    public async Task<IReadOnlyList<DirectoryPerson>> SearchAsync(string text, CancellationToken cancellationToken)
    {
        var term = GraphUsers.SearchTerm(text?.Trim() ?? "");
        if (term.Length == 0)
            return [];
        return await CachedAsync("search:" + term.ToLowerInvariant(), async () =>
        {
            var users = await _calls.PagesAsync("search users", ReadUsers, MaxSearchPages,
                () => graph.Users.GetAsync(r =>
                {
                    r.QueryParameters.Search = $"\"displayName:{term}\" OR \"mail:{term}\" OR \"userPrincipalName:{term}\"";
                    r.QueryParameters.Filter = GraphUsers.MembersOnly;
                    r.QueryParameters.Select = GraphUsers.Fields;
                    r.QueryParameters.Count = true;
                    r.QueryParameters.Top = SearchPageSize;
                    r.Headers.Add("ConsistencyLevel", "eventual");
                    r.Options.Add(new GraphOperation("search users"));
                }, cancellationToken),
                next => graph.Users.WithUrl(next).GetAsync(r =>
                {
                    r.Headers.Add("ConsistencyLevel", "eventual");
                    r.Options.Add(new GraphOperation("search users"));
                }, cancellationToken));
            return await PeopleAsync(users, cancellationToken);
        }) ?? [];
    }

    public async Task<IReadOnlyList<DirectoryPerson>> WithRoleAsync(string roleId, CancellationToken cancellationToken) =>
        Settings.Groups.ContainsKey(roleId) ? await PeopleAsync((await MembersAsync(roleId, cancellationToken)).Users, cancellationToken) : [];

    public async Task<IReadOnlyList<DirectoryPerson>> SupervisorsOfAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(aadObjectId?.Trim(), out var id))
            return [];
        return await CachedAsync("manager:" + id.ToString("D"), async () =>
        {
            // No manager is Graph's 404: the person simply has none.
            var manager = await _calls.RunAsync("get manager", ReadUsers, () => graph.Users[id.ToString("D")].Manager.GetAsync(r =>
            {
                r.QueryParameters.Select = GraphUsers.Fields;
                r.Options.Add(new GraphOperation("get manager"));
            }, cancellationToken), notFound: null) as User;
            IReadOnlyList<DirectoryPerson> found = GraphUsers.IsEnabledMember(manager)
                ? [GraphUsers.ToPerson(manager!, await GroupRolesAsync(manager!.Id!, cancellationToken), supervises: true)]
                : [];
            return found;
        }) ?? [];
    }

    public async Task<bool?> IsHealthDataHandlerAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        if (!Settings.Groups.ContainsKey(DirectoryRoleIds.HealthDataHandler))
            return null;
        return (await MembersAsync(DirectoryRoleIds.HealthDataHandler, cancellationToken)).Contains(aadObjectId?.Trim());
    }

    /// <summary>A person found by id or address: their groups, and whether anyone reports to them.</summary>
    private async Task<DirectoryPerson> FullPersonAsync(User user, CancellationToken cancellationToken)
    {
        var roles = await GroupRolesAsync(user.Id!, cancellationToken);
        var supervises = Settings.Groups.ContainsKey(RoleIds.Supervisor)
            ? roles.Contains(RoleIds.Supervisor)
            : await SupervisesAsync(user.Id!, cancellationToken);
        return GraphUsers.ToPerson(user, roles, supervises);
    }

    private async Task<bool> SupervisesAsync(string id, CancellationToken cancellationToken)
    {
        var reports = await _calls.RunAsync("get direct reports", ReadUsers, () => graph.Users[id].DirectReports.GetAsync(r =>
        {
            r.QueryParameters.Select = ["id"];
            r.QueryParameters.Top = 1;
            r.Options.Add(new GraphOperation("get direct reports"));
        }, cancellationToken), notFound: null);
        return reports?.Value is { Count: > 0 };
    }

    private async Task<IReadOnlyList<DirectoryPerson>> PeopleAsync(IReadOnlyList<User> users, CancellationToken cancellationToken)
    {
        var people = new List<DirectoryPerson>(users.Count);
        foreach (var user in users.Where(GraphUsers.IsEnabledMember).DistinctBy(u => u.Id, StringComparer.OrdinalIgnoreCase))
            people.Add(GraphUsers.ToPerson(user, await GroupRolesAsync(user.Id!, cancellationToken), supervises: false));
        return people;
    }

    private async Task<IReadOnlyList<string>> GroupRolesAsync(string userId, CancellationToken cancellationToken)
    {
        var roles = new List<string>();
        foreach (var roleId in Settings.Groups.Keys)
        {
            if ((await MembersAsync(roleId, cancellationToken)).Contains(userId))
                roles.Add(roleId);
        }

        return roles;
    }

    /// <summary>The role group's enabled members, nested groups included; a group Graph no longer has is empty.</summary>
    private async Task<GroupMembers> MembersAsync(string roleId, CancellationToken cancellationToken)
    {
        var groupId = Settings.Groups[roleId];
        return await CachedAsync("group:" + groupId.ToLowerInvariant(), async () =>
        {
            var users = await _calls.PagesAsync("list group members", ReadGroupMembers, MaxGroupPages,
                () => graph.Groups[groupId].TransitiveMembers.GraphUser.GetAsync(r =>
                {
                    r.QueryParameters.Select = GraphUsers.Fields;
                    r.QueryParameters.Top = GroupPageSize;
                    r.Options.Add(new GraphOperation("list group members"));
                }, cancellationToken),
                next => graph.Groups[groupId].TransitiveMembers.GraphUser.WithUrl(next).GetAsync(
                    r => r.Options.Add(new GraphOperation("list group members")), cancellationToken));
            return new GroupMembers(users);
        }) ?? new GroupMembers([]);
    }

    private async Task<T?> CachedAsync<T>(string key, Func<Task<T?>> load) where T : class
    {
        var cacheKey = "directory:" + key;
        if (cache.TryGetValue(cacheKey, out Box<T>? hit) && hit is not null)
            return hit.Value;
        var value = await load();
        if (Settings.CacheDuration > TimeSpan.Zero)
            cache.Set(cacheKey, new Box<T>(value), new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Settings.CacheDuration });
        return value;
    }

    /// <summary>Lets "nobody" be cached too, so a name that finds no one is not looked up again at once.</summary>
    private sealed record Box<T>(T? Value) where T : class;
}
