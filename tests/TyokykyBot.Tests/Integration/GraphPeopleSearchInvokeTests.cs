using System.Text.Json.Nodes;
using TyokykyBot.Tests.People.Graph;

namespace TyokykyBot.Tests.Integration;

/// <summary>The cards' live search through /api/messages with the directory in (fake) Entra ID.</summary>
public sealed class GraphPeopleSearchInvokeTests : IClassFixture<GraphDirectoryTyokykyApp>
{
    private static readonly FakeUser Searcher = new("11111111-1111-4111-8111-111111111111", "Aino Virtanen", "aino.virtanen@contoso.fi");
    private static readonly FakeUser Member = new("22222222-2222-4222-8222-222222222222", "Mikko Korhonen", "mikko.korhonen@contoso.fi");
    private static readonly FakeUser Guest = new("44444444-4444-4444-8444-444444444444", "Mikko Vieras", "mikko.vieras@partner.example", UserType: "Guest");

    private readonly GraphDirectoryTyokykyApp _app;
    private readonly BotClient _bot;

    public GraphPeopleSearchInvokeTests(GraphDirectoryTyokykyApp app)
    {
        _app = app;
        _bot = new BotClient(app);
        lock (app.Graph)
        {
            if (app.Graph.Users.Count == 0)
                app.Graph.Users.AddRange([Searcher, Member, Guest]);
        }
    }

    private async Task<JsonObject> SearchAsync(string text, string searcher)
    {
        var activity = ActivityFixtures.Load("people-search", text);
        activity["from"]!["aadObjectId"] = searcher;
        var response = await _bot.PostAsync(activity);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task Search_MemberSearches_GetsEnabledMembersFromGraphAsNameAndAddress()
    {
        var body = await SearchAsync("mikko", Searcher.Id);

        var result = Assert.Single(body["value"]!["results"]!.AsArray())!;
        Assert.Equal(("Mikko Korhonen", "mikko.korhonen@contoso.fi"), ((string?)result["title"], (string?)result["value"]));
    }

    [Fact]
    public async Task Search_GuestSearches_FindsNobody()
    {
        var body = await SearchAsync("korhon", Guest.Id);

        Assert.Empty(body["value"]!["results"]!.AsArray());
    }

    [Fact]
    public async Task Search_GraphFailing_NeutralLocalizedError()
    {
        // The searcher's own lookup is the first call, and a 500 is not retried.
        _app.Graph.Enqueue(() => TyokykyBot.Tests.Graph.FakeGraph.Answer(System.Net.HttpStatusCode.InternalServerError));

        var body = await SearchAsync("unique-" + Guid.NewGuid().ToString("N")[..6], "77777777-7777-4777-8777-777777777777");

        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
        Assert.Equal(503, (int)body["statusCode"]!);
    }
}
