using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.People.Graph;

/// <summary>
/// The directory part of Graph in-process: <c>/users</c> (search, filter by address, by id), a user's
/// <c>manager</c> and <c>directReports</c>, and a group's <c>transitiveMembers/graph.user</c> (users only),
/// paged by <c>$top</c> with <c>@odata.nextLink</c>. Anything else goes on to the installer's
/// <see cref="FakeGraph"/>. Like Graph, it offers a guest or a disabled account whenever the request
/// does not filter them out itself.
/// </summary>
public sealed partial class FakeDirectoryGraph : DelegatingHandler
{
    private readonly Queue<Func<HttpResponseMessage>> _next = new();

    public FakeDirectoryGraph(TimeProvider clock) => InnerHandler = new FakeGraph(clock);

    public List<FakeUser> Users { get; } = [];

    public Dictionary<string, List<string>> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<HttpRequestMessage> Requests { get; } = [];

    /// <summary>Pages no larger than this, whatever <c>$top</c> asks for, so tests can make Graph page.</summary>
    public int MaxPageSize { get; set; } = 999;

    /// <summary>The next directory requests are answered with these, in order, before any real answer.</summary>
    public void Enqueue(Func<HttpResponseMessage> answer) => _next.Enqueue(answer);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var route = Route().Match(path);
        if (!route.Success)
            return base.SendAsync(request, cancellationToken);
        Requests.Add(request);
        if (_next.TryDequeue(out var queued))
            return Task.FromResult(queued());

        var query = QueryHelpers.ParseQuery(request.RequestUri.Query);
        string? Q(string name) => query.TryGetValue(name, out var v) ? v.ToString() : null;
        var id = route.Groups["id"].Value;
        var response = (route.Groups["kind"].Value, route.Groups["rest"].Value) switch
        {
            ("users", "") when id.Length == 0 => Page(request, Matching(Q("$search"), Q("$filter")), Q("$top"), Q("$skiptoken")),
            ("users", "") => Users.FirstOrDefault(u => Same(u.Id, id)) is { } user ? Ok(Json(user)) : NotFound(),
            ("users", "/manager") => Users.FirstOrDefault(u => Same(u.Id, id))?.ManagerId is { } managerId
                && Users.FirstOrDefault(u => Same(u.Id, managerId)) is { } manager ? Ok(Json(manager)) : NotFound(),
            ("users", "/directReports") => Page(request, [.. Users.Where(u => Same(u.ManagerId, id))], Q("$top"), Q("$skiptoken")),
            ("groups", "/transitiveMembers/microsoft.graph.user" or "/transitiveMembers/graph.user") => Groups.TryGetValue(id, out var members)
                ? Page(request, [.. Users.Where(u => members.Contains(u.Id, StringComparer.OrdinalIgnoreCase))], Q("$top"), Q("$skiptoken"))
                : NotFound(),
            _ => NotFound(),
        };
        return Task.FromResult(response);
    }

    private List<FakeUser> Matching(string? search, string? filter)
    {
        IEnumerable<FakeUser> users = Users;
        if (search is not null)
        {
            var terms = SearchTerm().Matches(search).Select(m => (Property: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
            users = users.Where(u => terms.Any(t => Property(u, t.Property)?.Contains(t.Text, StringComparison.OrdinalIgnoreCase) == true));
        }

        if (filter is not null && Address().Match(filter) is { Success: true } address)
        {
            var wanted = address.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
            users = users.Where(u => Same(u.Mail, wanted) || Same(u.UserPrincipalName, wanted));
        }

        if (filter?.Contains("accountEnabled eq true", StringComparison.Ordinal) == true)
            users = users.Where(u => u.AccountEnabled);
        if (filter?.Contains("userType eq 'Member'", StringComparison.Ordinal) == true)
            users = users.Where(u => u.UserType == "Member");
        return [.. users];
    }

    private HttpResponseMessage Page(HttpRequestMessage request, List<FakeUser> users, string? top, string? skipToken)
    {
        var size = Math.Min(int.TryParse(top, out var t) ? t : 100, MaxPageSize);
        var skip = int.TryParse(skipToken, out var s) ? s : 0;
        var body = new JsonObject { ["value"] = new JsonArray([.. users.Skip(skip).Take(size).Select(u => (JsonNode)Json(u))]) };
        if (skip + size < users.Count)
        {
            var next = QueryHelpers.ParseQuery(request.RequestUri!.Query).Where(p => p.Key != "$skiptoken")
                .ToDictionary(p => p.Key, p => (string?)p.Value.ToString());
            next["$skiptoken"] = (skip + size).ToString();
            body["@odata.nextLink"] = QueryHelpers.AddQueryString(request.RequestUri.GetLeftPart(UriPartial.Path), next);
        }

        return Ok(body);
    }

    private static JsonObject Json(FakeUser u) => new()
    {
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = u.Id,
        ["displayName"] = u.DisplayName,
        ["mail"] = u.Mail,
        ["userPrincipalName"] = u.UserPrincipalName,
        ["jobTitle"] = u.JobTitle,
        ["preferredLanguage"] = u.PreferredLanguage,
        ["accountEnabled"] = u.AccountEnabled,
        ["userType"] = u.UserType,
    };

    private static string? Property(FakeUser u, string name) => name switch
    {
        "displayName" => u.DisplayName,
        "mail" => u.Mail,
        "userPrincipalName" => u.UserPrincipalName,
        _ => null,
    };

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static HttpResponseMessage Ok(JsonObject body) => FakeGraph.Answer(HttpStatusCode.OK, body.ToJsonString());

    private static HttpResponseMessage NotFound() => FakeGraph.Answer(HttpStatusCode.NotFound,
        """{"error":{"code":"Request_ResourceNotFound","message":"Resource does not exist."}}""");

    [GeneratedRegex(@"^/v1\.0/(?<kind>users|groups)(/(?<id>[^/]+))?(?<rest>/.*)?$")]
    private static partial Regex Route();

    [GeneratedRegex("\"(\\w+):([^\"]*)\"")]
    private static partial Regex SearchTerm();

    [GeneratedRegex(@"mail eq '((?:[^']|'')*)'")]
    private static partial Regex Address();
}
