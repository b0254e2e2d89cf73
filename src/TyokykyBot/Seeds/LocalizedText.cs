namespace TyokykyBot.Seeds;

/// <summary>A user-facing text in the three UI languages; Finnish is the fallback.</summary>
public sealed record LocalizedText
{
    public static readonly IReadOnlyList<string> LanguageCodes = ["fi", "sv", "en"];

    public string Fi { get; init; } = "";

    public string Sv { get; init; } = "";

    public string En { get; init; } = "";

    /// <summary>The text in the language of <paramref name="languageCode"/> ("sv", "sv-FI"…), else Finnish.</summary>
    public string Get(string? languageCode)
    {
        var text = Language(languageCode) switch
        {
            "sv" => Sv,
            "en" => En,
            _ => Fi,
        };
        return string.IsNullOrWhiteSpace(text) ? Fi : text;
    }

    /// <summary>The language codes whose text is missing or blank.</summary>
    public IEnumerable<string> MissingLanguages()
    {
        if (string.IsNullOrWhiteSpace(Fi))
        {
            yield return "fi";
        }

        if (string.IsNullOrWhiteSpace(Sv))
        {
            yield return "sv";
        }

        if (string.IsNullOrWhiteSpace(En))
        {
            yield return "en";
        }
    }

    private static string Language(string? code) =>
        code is { Length: >= 2 } ? code[..2].ToLowerInvariant() : "fi";
}
