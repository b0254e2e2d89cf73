using System.Globalization;

namespace TyokykyBot.Localization;

/// <summary>The three languages of the UI. Finnish is the default and the neutral resources.</summary>
public sealed record UiLanguage(string Code, CultureInfo Culture)
{
    public static readonly UiLanguage Finnish = new("fi", CultureInfo.GetCultureInfo("fi-FI"));
    public static readonly UiLanguage Swedish = new("sv", CultureInfo.GetCultureInfo("sv-FI"));
    public static readonly UiLanguage English = new("en", CultureInfo.GetCultureInfo("en-GB"));

    public static IReadOnlyList<UiLanguage> All { get; } = [Finnish, Swedish, English];

    /// <summary>Accepts codes and names a user might type: "sv", "svenska", "ruotsi", "english"…</summary>
    public static UiLanguage? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "fi" or "suomi" or "finska" or "finnish" => Finnish,
        "sv" or "svenska" or "ruotsi" or "swedish" => Swedish,
        "en" or "english" or "englanti" or "engelska" => English,
        _ => null,
    };

    /// <summary>
    /// A Finnish or Swedish client locale is a choice; an English one often is not (many Finnish
    /// users run Teams in English, and the Playground always sends en-US), so it is not followed.
    /// </summary>
    public static UiLanguage? FromClientLocale(string? locale)
    {
        if (string.IsNullOrEmpty(locale))
        {
            return null;
        }

        if (locale.StartsWith("fi", StringComparison.OrdinalIgnoreCase))
        {
            return Finnish;
        }

        return locale.StartsWith("sv", StringComparison.OrdinalIgnoreCase) ? Swedish : null;
    }
}
