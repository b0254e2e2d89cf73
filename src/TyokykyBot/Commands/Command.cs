using TyokykyBot.Localization;

namespace TyokykyBot.Commands;

/// <summary>
/// A text command, declared by its handler. <see cref="Name"/> is the word in the Teams manifest's
/// command list; <see cref="Aliases"/> are the other words (Swedish, English, slash forms) that reach it.
/// </summary>
public sealed record Command(string Name, IReadOnlyList<string> Aliases, string HelpKey, IReadOnlyDictionary<string, string> UsageByLanguage)
{
    public string Usage(UiLanguage language) => UsageByLanguage.GetValueOrDefault(language.Code, Name);

    public IEnumerable<string> Words => Aliases.Prepend(Name);
}
