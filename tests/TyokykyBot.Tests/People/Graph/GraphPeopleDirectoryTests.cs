using System.Net;
using Microsoft.AspNetCore.WebUtilities;
using TyokykyBot.People;
using TyokykyBot.Seeds;
using TyokykyBot.Tests.Graph;

namespace TyokykyBot.Tests.People.Graph;

/// <summary>The Graph directory against the fake Graph: who is found, what is asked, and how failures look.</summary>
public sealed class GraphPeopleDirectoryTests : IDisposable
{
    private const string NurseGroup = "0f1e2d3c-4b5a-4968-8776-655443322110";
    private const string HandlerGroup = "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d";

    private static readonly FakeUser Aino = new("11111111-1111-4111-8111-111111111111", "Aino Virtanen", "aino.virtanen@contoso.fi");
    private static readonly FakeUser Mikko = new("22222222-2222-4222-8222-222222222222", "Mikko Korhonen", "mikko.korhonen@contoso.fi") { ManagerId = Aino.Id };
    private static readonly FakeUser Johanna = new("33333333-3333-4333-8333-333333333333", "Johanna Heikkinen", "johanna.heikkinen@contoso.fi");
    private static readonly FakeUser Guest = new("44444444-4444-4444-8444-444444444444", "Mikko Vieras", "mikko.vieras@partner.example", UserType: "Guest")
    { UserPrincipalName = "mikko.vieras_partner.example#EXT#@contoso.onmicrosoft.com" };
    private static readonly FakeUser Disabled = new("55555555-5555-4555-8555-555555555555", "Mikko Lähtenyt", "mikko.lahtenyt@contoso.fi", AccountEnabled: false);

    private readonly GraphDirectoryHost _host = new(new Dictionary<string, string?>
    {
        ["Directory:Groups:oh-nurse"] = NurseGroup,
    });

    public GraphPeopleDirectoryTests()
    {
        _host.Graph.Users.AddRange([Aino, Mikko, Johanna, Guest, Disabled]);
        _host.Graph.Groups[NurseGroup] = [Johanna.Id, Guest.Id];
    }

    [Fact]
    public async Task SearchAsync_Name_AsksForEnabledMembersWithEventualConsistencyAndFewFields()
    {
        var found = await _host.RunAsync(d => d.SearchAsync("korhon", default));

        Assert.Equal(Mikko.Id, Assert.Single(found).AadObjectId);
        var sent = Assert.Single(UserRequests);
        var query = QueryHelpers.ParseQuery(sent.RequestUri!.Query);
        Assert.Equal("\"displayName:korhon\" OR \"mail:korhon\" OR \"userPrincipalName:korhon\"", query["$search"].ToString());
        Assert.Equal("accountEnabled eq true and userType eq 'Member'", query["$filter"].ToString());
        Assert.Equal("true", query["$count"].ToString());
        Assert.Equal(["eventual"], sent.Headers.GetValues("ConsistencyLevel"));
        Assert.Equal(GraphUsers.Fields.Order(), query["$select"].ToString().Split(',').Order());
    }

    [Fact]
    public async Task SearchAsync_GuestAndDisabledAccountWithTheName_NeverOffered()
    {
        var found = await _host.RunAsync(d => d.SearchAsync("mikko", default));

        Assert.Equal([Mikko.Id], found.Select(p => p.AadObjectId));
        Assert.All(found, p => Assert.False(p.External));
    }

    [Fact]
    public async Task SearchAsync_ManyPages_FollowsNextLinkUpToTheCap()
    {
        _host.Graph.MaxPageSize = 10;
        for (var i = 0; i < 60; i++)
            _host.Graph.Users.Add(new FakeUser(Guid.NewGuid().ToString(), $"Testi Henkilö {i:00}", $"testi.{i:00}@contoso.fi"));

        var found = await _host.RunAsync(d => d.SearchAsync("testi", default));

        Assert.Equal(GraphPeopleDirectory.MaxSearchPages, UserRequests.Count);
        Assert.Equal(40, found.Count);
        Assert.Equal(40, found.Select(p => p.Id).Distinct().Count());
        Assert.All(UserRequests.Skip(1), r => Assert.Contains("$skiptoken=", r.RequestUri!.Query));
        Assert.All(UserRequests, r => Assert.Equal(["eventual"], r.Headers.GetValues("ConsistencyLevel")));
    }

    [Fact]
    public async Task SearchAsync_ThrottledWithRetryAfter_WaitsAndAnswers()
    {
        _host.Graph.Enqueue(() => FakeGraph.Answer(HttpStatusCode.TooManyRequests, retryAfterSeconds: "2"));
        var started = _host.Clock.GetUtcNow();

        var found = await _host.RunAsync(d => d.SearchAsync("korhon", default));

        Assert.Equal(Mikko.Id, Assert.Single(found).AadObjectId);
        Assert.Equal(2, UserRequests.Count);
        Assert.True(_host.Clock.GetUtcNow() - started >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SearchAsync_ThrottledBeyondTheRetries_NeutralDirectoryErrorWithoutTheText()
    {
        for (var i = 0; i < 10; i++)
            _host.Graph.Enqueue(() => FakeGraph.Answer(HttpStatusCode.TooManyRequests,
                """{"error":{"code":"TooManyRequests","message":"korhon is busy"}}""", retryAfterSeconds: "1"));

        var error = await Assert.ThrowsAsync<DirectoryUnavailableException>(() => _host.RunAsync(d => d.SearchAsync("korhon", default)));

        Assert.Equal(429, error.HttpStatus);
        Assert.DoesNotContain("korhon", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("korhon", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(_host.Logs.Lines, l => l.Contains("search users") && l.Contains("429"));
    }

    [Fact]
    public async Task SearchAsync_SameTextTwice_AsksGraphOnce()
    {
        await _host.RunAsync(d => d.SearchAsync("korhon", default));
        await _host.RunAsync(d => d.SearchAsync("Korhon", default));

        Assert.Single(UserRequests);
    }

    [Fact]
    public async Task FindByAadObjectIdAsync_Member_IsAPersonWithGroupAndManagerRoles()
    {
        var johanna = await _host.RunAsync(d => d.FindByAadObjectIdAsync(Johanna.Id, default));
        var aino = await _host.RunAsync(d => d.FindByAadObjectIdAsync(Aino.Id.ToUpperInvariant(), default));

        Assert.Equal(("Johanna Heikkinen", "johanna.heikkinen@contoso.fi", "fi"), (johanna!.DisplayName, johanna.Email, johanna.DefaultLanguage));
        Assert.True(johanna.CanTake(RoleIds.OhNurse) && johanna.CanTake(RoleIds.Employee));
        Assert.False(johanna.CanTake(RoleIds.Supervisor));
        Assert.True(aino!.CanTake(RoleIds.Supervisor));
        Assert.False(aino.CanTake(RoleIds.OhNurse));
    }

    [Theory]
    [InlineData("44444444-4444-4444-8444-444444444444")]
    [InlineData("55555555-5555-4555-8555-555555555555")]
    [InlineData("66666666-6666-4666-8666-666666666666")]
    public async Task FindByAadObjectIdAsync_GuestDisabledOrUnknown_Nobody(string id)
    {
        Assert.Null(await _host.RunAsync(d => d.FindByAadObjectIdAsync(id, default)));
    }

    [Fact]
    public async Task FindByAadObjectIdAsync_ATypedName_NeverSentToGraph()
    {
        Assert.Null(await _host.RunAsync(d => d.FindByAadObjectIdAsync("Mikko Korhonen", default)));

        Assert.Empty(_host.Graph.Requests);
    }

    [Theory]
    [InlineData("MIKKO.korhonen@Contoso.fi")]
    [InlineData(" mikko.korhonen@contoso.fi ")]
    public async Task FindByEmailAsync_MailInAnyCase_FindsTheMember(string typed)
    {
        var found = await _host.RunAsync(d => d.FindByEmailAsync(typed, default));

        Assert.Equal(Mikko.Id, found?.AadObjectId);
        var filter = QueryHelpers.ParseQuery(Assert.Single(UserRequests, r => r.RequestUri!.AbsolutePath == "/v1.0/users").RequestUri!.Query)["$filter"].ToString();
        Assert.Contains("accountEnabled eq true and userType eq 'Member'", filter);
    }

    [Fact]
    public async Task FindByEmailAsync_GuestsAddress_Nobody()
    {
        Assert.Null(await _host.RunAsync(d => d.FindByEmailAsync(Guest.Mail, default)));
    }

    [Fact]
    public async Task SupervisorsOfAsync_Manager_IsTheSupervisor()
    {
        var supervisors = await _host.RunAsync(d => d.SupervisorsOfAsync(Mikko.Id, default));

        var aino = Assert.Single(supervisors);
        Assert.Equal(Aino.Id, aino.AadObjectId);
        Assert.True(aino.CanTake(RoleIds.Supervisor));
        Assert.EndsWith($"/users/{Mikko.Id}/manager", Assert.Single(UserRequests).RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task SupervisorsOfAsync_NoManager_NoneAndNoError()
    {
        var supervisors = await _host.RunAsync(d => d.SupervisorsOfAsync(Aino.Id, default));

        Assert.Empty(supervisors);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains("Warning", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task WithRoleAsync_ConfiguredGroup_ItsEnabledMembersOnly()
    {
        var nurses = await _host.RunAsync(d => d.WithRoleAsync(RoleIds.OhNurse, default));

        Assert.Equal([Johanna.Id], nurses.Select(p => p.AadObjectId));
        Assert.Contains($"/groups/{NurseGroup}/transitiveMembers/", Assert.Single(_host.Graph.Requests).RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task WithRoleAsync_GroupOverManyPages_ReadsThemAll()
    {
        _host.Graph.MaxPageSize = 2;
        var extra = Enumerable.Range(0, 5).Select(i => new FakeUser(Guid.NewGuid().ToString(), $"Hoitaja {i}", $"hoitaja.{i}@contoso.fi")).ToList();
        _host.Graph.Users.AddRange(extra);
        _host.Graph.Groups[NurseGroup].AddRange(extra.Select(u => u.Id));

        var nurses = await _host.RunAsync(d => d.WithRoleAsync(RoleIds.OhNurse, default));

        Assert.Equal(6, nurses.Count);
        Assert.Equal(4, _host.Graph.Requests.Count);
    }

    [Fact]
    public async Task WithRoleAsync_NoGroupConfigured_NobodyAndNoCall()
    {
        Assert.Empty(await _host.RunAsync(d => d.WithRoleAsync(RoleIds.Hr, default)));
        Assert.Empty(_host.Graph.Requests);
    }

    [Fact]
    public async Task IsHealthDataHandlerAsync_NoHandlerGroup_NoDesignation()
    {
        Assert.Null(await _host.RunAsync(d => d.IsHealthDataHandlerAsync(Johanna.Id, default)));
    }

    [Fact]
    public async Task IsHealthDataHandlerAsync_HandlerGroup_OnlyItsMembers()
    {
        using var host = new GraphDirectoryHost(new Dictionary<string, string?> { ["Directory:Groups:health-data-handler"] = HandlerGroup });
        host.Graph.Users.AddRange([Aino, Mikko, Johanna]);
        host.Graph.Groups[HandlerGroup] = [Johanna.Id];

        Assert.True(await host.RunAsync(d => d.IsHealthDataHandlerAsync(Johanna.Id, default)));
        Assert.False(await host.RunAsync(d => d.IsHealthDataHandlerAsync(Aino.Id, default)));
        Assert.Single(host.Graph.Requests);
    }

    [Fact]
    public async Task IsHealthDataHandlerAsync_EmptyHandlerGroup_NobodyIs()
    {
        using var host = new GraphDirectoryHost(new Dictionary<string, string?> { ["Directory:Groups:health-data-handler"] = HandlerGroup });
        host.Graph.Users.AddRange([Aino, Johanna]);
        host.Graph.Groups[HandlerGroup] = [];

        Assert.False(await host.RunAsync(d => d.IsHealthDataHandlerAsync(Johanna.Id, default)));
        Assert.False(await host.RunAsync(d => d.IsHealthDataHandlerAsync(Aino.Id, default)));
    }

    [Fact]
    public async Task FindByAadObjectIdAsync_GraphRefuses_DirectoryErrorNamingThePermission()
    {
        _host.Graph.Enqueue(() => FakeGraph.Answer(HttpStatusCode.Forbidden, """{"error":{"code":"Authorization_RequestDenied","message":"x"}}"""));

        var error = await Assert.ThrowsAsync<DirectoryUnavailableException>(() => _host.RunAsync(d => d.FindByAadObjectIdAsync(Mikko.Id, default)));

        Assert.Equal(403, error.HttpStatus);
        Assert.Contains(_host.Logs.Lines, l => l.Contains("User.Read.All"));
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(Mikko.Id));
    }

    /// <summary>The calls about users; a person's roles also read the configured role group.</summary>
    private List<HttpRequestMessage> UserRequests =>
        [.. _host.Graph.Requests.Where(r => r.RequestUri!.AbsolutePath.StartsWith("/v1.0/users", StringComparison.Ordinal))];

    public void Dispose() => _host.Dispose();
}
