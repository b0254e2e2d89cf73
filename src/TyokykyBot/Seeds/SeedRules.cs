using System.Text.RegularExpressions;

namespace TyokykyBot.Seeds;

/// <summary>Rules every seed file shares: its "about", its entries' ids and their texts.</summary>
internal static partial class SeedRules
{
    public static void About<T>(SeedProblems problems, string file, SeedFile<T> seed)
    {
        if (string.IsNullOrWhiteSpace(seed.About))
        {
            problems.Add(file, "has no \"about\" saying what the file is for");
        }

        if (seed.Items.IsDefaultOrEmpty)
        {
            problems.Add(file, "has no items");
        }
    }

    public static void Ids<T>(SeedProblems problems, string file, string noun, SeedFile<T> seed, Func<T, string?> id)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in seed.Items.IsDefault ? [] : seed.Items)
        {
            index++;
            var value = id(item);
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(file, $"{noun} number {index} has no id");
            }
            else if (!KebabCase().IsMatch(value))
            {
                problems.Add(file, $"{noun} '{value}' has an id that is not kebab-case (lower-case words joined by '-')");
            }
            else if (!seen.Add(value))
            {
                problems.Add(file, $"{noun} id '{value}' appears more than once");
            }
        }
    }

    public static void Text(SeedProblems problems, string file, string noun, string id, string field, LocalizedText? text)
    {
        var missing = text?.MissingLanguages() ?? LocalizedText.LanguageCodes;
        foreach (var code in missing)
        {
            problems.Add(file, $"{noun} '{id}' has no {LanguageName(code)} {field} ({code})");
        }
    }

    private static string LanguageName(string code) => code switch
    {
        "fi" => "Finnish",
        "sv" => "Swedish",
        _ => "English",
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();
}
