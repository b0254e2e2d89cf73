using System.Net;
using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Integration;

/// <summary>The cards' live people search (<c>application/search</c>) through /api/messages, on the demo directory.</summary>
public sealed class PeopleSearchInvokeTests(TyokykyApp app) : IClassFixture<TyokykyApp>
{
    private readonly BotClient bot = new(app);

    private async Task<(HttpStatusCode Status, JsonObject Body)> SearchAsync(string text, string searcher = "user-id-0", int skip = 0, int top = 15)
    {
        var activity = ActivityFixtures.Load("people-search", text);
        activity["from"]!["aadObjectId"] = searcher;
        activity["value"]!["queryOptions"] = new JsonObject { ["skip"] = skip, ["top"] = top };
        var response = await bot.PostAsync(activity);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static List<(string Title, string Value)> Results(JsonObject body) =>
        [.. body["value"]!["results"]!.AsArray().Select(r => ((string)r!["title"]!, (string)r["value"]!))];

    [Fact]
    public async Task Search_PartOfAName_AnswersWithNameAndAddressOnly()
    {
        var (status, body) = await SearchAsync("korhon");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.search.searchResponse", (string?)body["type"]);
        Assert.Equal([("Mikko Korhonen", "mikko.korhonen@contoso.example")], Results(body));
        var result = body["value"]!["results"]![0]!.AsObject();
        Assert.Equal(["title", "value"], result.Select(p => p.Key).Order());
        Assert.DoesNotContain("Varasto", body.ToJsonString());
    }

    [Fact]
    public async Task Search_ManyMatches_AtMostFifteenAndTheNextPageOnSkip()
    {
        var (_, first) = await SearchAsync("contoso.example");
        var (_, second) = await SearchAsync("contoso.example", skip: 15);

        Assert.Equal(15, Results(first).Count);
        Assert.Equal(2, Results(second).Count);
        Assert.Empty(Results(first).Intersect(Results(second)));
        Assert.Equal(Results(first).OrderBy(r => r.Title, StringComparer.Create(new("fi-FI"), true)), Results(first));
    }

    [Fact]
    public async Task Search_AnOutsider_IsNeverOffered()
    {
        var (_, body) = await SearchAsync("terveyspalvelu");

        Assert.Empty(Results(body));
    }

    [Theory]
    [InlineData("6f1c3b0e-5b7a-4c55-9d0e-2f4b8a9c1d11")]
    [InlineData("")]
    public async Task Search_BySomeoneNotInTheDirectory_FindsNobody(string searcher)
    {
        var (status, body) = await SearchAsync("korhon", searcher);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Results(body));
    }

    [Theory]
    [InlineData("k")]
    [InlineData(" ")]
    public async Task Search_TooShort_FindsNobody(string text)
    {
        var (_, body) = await SearchAsync(text);

        Assert.Empty(Results(body));
    }

    [Fact]
    public async Task Search_OtherDataset_FindsNobody()
    {
        var activity = ActivityFixtures.Load("people-search", "korhon");
        activity["value"]!["dataset"] = "cases";

        var body = JsonNode.Parse(await (await bot.PostAsync(activity)).Content.ReadAsStringAsync())!.AsObject();

        Assert.Empty(Results(body));
    }

    [Fact]
    public async Task Search_WithoutAToken_IsRefused()
    {
        var activity = ActivityFixtures.Load("people-search", "korhon");

        var response = await bot.PostRawAsync(activity.ToJsonString(), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Search_TheTextTyped_IsNeverLogged()
    {
        const string typed = "heinon-zq";

        await SearchAsync(typed);

        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(typed, StringComparison.OrdinalIgnoreCase));
    }
}
