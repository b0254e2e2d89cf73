using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyokykyBot.Cases;

/// <summary>The small, non-sensitive arguments a case's outbox messages carry.</summary>
public static class CaseMessageArguments
{
    public static string ForServiceUrl(string serviceUrl) => new JsonObject { ["serviceUrl"] = serviceUrl }.ToJsonString();

    public static string ForNotice(string textKey, params string[] args) =>
        new JsonObject { ["text"] = textKey, ["args"] = new JsonArray([.. args.Select(a => (JsonNode)JsonValue.Create(a))]) }.ToJsonString();

    public static string ForRevision(int revision) => new JsonObject { ["revision"] = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) }.ToJsonString();

    /// <summary>
    /// The notice's format arguments: times and counts, never names, addresses, topics or notes.
    /// The outbox row stores them in the clear beside the case id; names are filled in when sent.
    /// </summary>
    public static string[] ReadArgs(string? arguments)
    {
        try
        {
            return string.IsNullOrEmpty(arguments)
                ? []
                : JsonNode.Parse(arguments)?["args"]?.AsArray().Select(a => a?.GetValue<string>() ?? "").ToArray() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    public static string? Read(string? arguments, string name)
    {
        if (string.IsNullOrEmpty(arguments))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(arguments)?[name]?.GetValue<string>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
