using System.Text.Json;
using System.Text.Json.Nodes;

namespace TyokykyBot.Cases;

/// <summary>The small, non-sensitive arguments a case's outbox messages carry.</summary>
public static class CaseMessageArguments
{
    public static string ForServiceUrl(string serviceUrl) => new JsonObject { ["serviceUrl"] = serviceUrl }.ToJsonString();

    public static string ForNotice(string textKey) => new JsonObject { ["text"] = textKey }.ToJsonString();

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
