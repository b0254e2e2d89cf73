using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace TyokykyBot.E2E;

/// <summary>The app's own wording, read from its resx files and seeds, so the tests follow it.</summary>
internal static class AppTexts
{
    /// <summary>A UI string in every language (Finnish first, from Strings.resx).</summary>
    public static List<string> Values(string key)
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "TyokykyBot", "Localization");
        var values = Directory.GetFiles(folder, "Strings*.resx")
            .OrderBy(f => Path.GetFileName(f) == "Strings.resx" ? 0 : 1)
            .ThenBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => XDocument.Load(f).Root!.Elements("data"))
            .Where(d => (string?)d.Attribute("name") == key)
            .Select(d => (string?)d.Element("value"))
            .OfType<string>()
            .ToList();
        Assert.True(values.Count > 0, $"No resource '{key}' in {folder}/Strings*.resx.");
        return values;
    }

    /// <summary>The first argument of a one-placeholder string (such as a title with the case code), in whichever language it is.</summary>
    public static string? ArgumentOf(string key, string text) => Values(key)
        .Select(format => new Regex("^" + Regex.Escape(format).Replace(@"\{0}", "(.+)", StringComparison.Ordinal) + "$"))
        .Select(pattern => pattern.Match(text))
        .FirstOrDefault(m => m.Success)?.Groups[1].Value;

    /// <summary>Every consent topic's label in every language, from seeds/consent-topics.json.</summary>
    public static List<string> TopicLabels() => [.. Topics().SelectMany(t => CardJson.Strings(t["label"]))];

    /// <summary>A consent topic's label in one language.</summary>
    public static string TopicLabel(string topicId, string language) =>
        Topics().Single(t => t["id"]?.GetValue<string>() == topicId)["label"]![language]!.GetValue<string>();

    private static IEnumerable<JsonNode> Topics() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "seeds", "consent-topics.json")))!["items"]!.AsArray().OfType<JsonNode>();
}
