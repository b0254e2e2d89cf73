using System.Text.Json.Nodes;

namespace TyokykyBot.BotFramework.Schema;

/// <summary>
/// The answer to an <c>application/search</c> invoke: <c>{ statusCode, type, value: { results } }</c>
/// in the body of the invoke's HTTP response. Teams shows at most <see cref="MaxResults"/>.
/// </summary>
public static class SearchResponse
{
    public const string InvokeName = "application/search";
    public const string Type = "application/vnd.microsoft.search.searchResponse";
    public const int MaxResults = 15;

    public static InvokeResponse Create(IEnumerable<SearchResult> results)
    {
        var list = new JsonArray();
        foreach (var result in results.Take(MaxResults))
        {
            list.Add(new JsonObject { ["title"] = result.Title, ["value"] = result.Value });
        }

        return new InvokeResponse(200, new AdaptiveCardInvokeResponse(200, Type, new JsonObject { ["results"] = list }));
    }
}
