using System.Resources;

namespace TyokykyBot.Localization;

/// <summary>UI strings from Strings.resx (Finnish) and its sv and en translations.</summary>
public static class Texts
{
    internal static ResourceManager Resources { get; } = new("TyokykyBot.Localization.Strings", typeof(Texts).Assembly);

    public static string Get(string key, UiLanguage language) =>
        Resources.GetString(key, language.Culture)
        ?? throw new InvalidOperationException($"UI string '{key}' is missing from Strings.resx.");
}
