using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace TyokykyBot.Localization;

/// <summary>UI strings from Strings.resx (Finnish) and its sv and en translations.</summary>
public static class Texts
{
    // ResourceManager.GetString takes a lock on every call, and a card asks for dozens of strings;
    // each culture is read once into a frozen table so lookups after the first are lock-free.
    private static readonly ConcurrentDictionary<CultureInfo, FrozenDictionary<string, string>> Tables = new();

    internal static ResourceManager Resources { get; } = new("TyokykyBot.Localization.Strings", typeof(Texts).Assembly);

    public static string Get(string key, UiLanguage language) =>
        Tables.GetOrAdd(language.Culture, Load).GetValueOrDefault(key)
        ?? throw new InvalidOperationException($"UI string '{key}' is missing from Strings.resx.");

    /// <summary>The same fallback as ResourceManager: the culture, then its parents, then the Finnish neutral resources.</summary>
    private static FrozenDictionary<string, string> Load(CultureInfo culture)
    {
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var c = culture; ; c = c.Parent)
        {
            var set = Resources.GetResourceSet(c, createIfNotExists: true, tryParents: false);
            foreach (var entry in set?.Cast<DictionaryEntry>() ?? [])
            {
                if (entry.Value is string value)
                {
                    strings.TryAdd((string)entry.Key, value);
                }
            }

            if (c.Equals(CultureInfo.InvariantCulture))
            {
                return strings.ToFrozenDictionary(StringComparer.Ordinal);
            }
        }
    }
}
