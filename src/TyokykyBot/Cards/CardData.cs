using System.Globalization;
using System.Text.Json;

namespace TyokykyBot.Cards;

/// <summary>Reads an Action.Execute's <c>data</c>: the action's own data merged with the card's inputs.</summary>
public static class CardData
{
    /// <summary>The data key that names the case on every action that belongs to one.</summary>
    public const string CaseIdKey = "caseId";

    /// <summary>The value as text; an array (some clients send a multi-select so) is joined by commas.</summary>
    public static string? String(JsonElement data, string key)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty(key, out var value))
            return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Array => string.Join(',', value.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())),
            _ => null,
        };
    }

    /// <summary>An Input.Toggle: "true" (its valueOn) is on; anything else, or nothing, is off.</summary>
    public static bool Toggle(JsonElement data, string key) =>
        string.Equals(String(data, key)?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    public static Guid? CaseId(JsonElement data) =>
        Guid.TryParse(String(data, CardData.CaseIdKey), CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>The keys that start with <paramref name="prefix"/>, without it.</summary>
    public static IEnumerable<string> KeysWithPrefix(JsonElement data, string prefix) =>
        data.ValueKind != JsonValueKind.Object
            ? []
            : data.EnumerateObject().Where(p => p.Name.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Name[prefix.Length..]);
}
