using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyokykyBot.Tests.Cards;

/// <summary>
/// Runs validate-cards.mjs: the Adaptive Cards reference parser (npm adaptivecards, from the
/// repository's node_modules) parses each card for schema 1.5 and lists what it objects to.
/// </summary>
internal static class ReferenceCardParser
{
    private static readonly string Script = RepoFiles.Path("tests", "TyokykyBot.Tests", "Cards", "validate-cards.mjs");

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<ParseEvent>>> ParseAsync(IEnumerable<(string Name, JsonObject Card)> cards)
    {
        var input = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]);
        var start = new ProcessStartInfo("node", [Script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoFiles.Root,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"validate-cards.mjs failed ({process.ExitCode}); is `npm ci` done? {await stderr}");

        var results = JsonSerializer.Deserialize<List<ParsedCard>>(await stdout, JsonSerializerOptions.Web)!;
        return results.ToDictionary(r => r.Name, r => (IReadOnlyList<ParseEvent>)r.Events);
    }

    private sealed record ParsedCard(string Name, List<ParseEvent> Events);
}
