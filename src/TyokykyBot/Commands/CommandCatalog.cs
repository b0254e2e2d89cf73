using System.Collections.Frozen;

namespace TyokykyBot.Commands;

/// <summary>Every command the features registered. The help card and the manifest's command list follow it.</summary>
public sealed class CommandCatalog
{
    private readonly FrozenDictionary<string, Command> byWord;

    public CommandCatalog(CommandKeys registered)
    {
        All = [.. registered.Commands];
        byWord = All
            .SelectMany(c => c.Words.Select(w => (Word: w, Command: c)))
            .ToFrozenDictionary(x => x.Word, x => x.Command, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<Command> All { get; }

    /// <summary>
    /// Reads "neuvottelu", "/NEUVOTTELU", "Apua", "kieli sv"… (mention already removed): the first word,
    /// with or without a leading slash, in any case; the rest is the argument.
    /// </summary>
    public ParsedCommand? Parse(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var word = (space < 0 ? trimmed : trimmed[..space]).TrimStart('/');
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return byWord.TryGetValue(word, out var command) ? new ParsedCommand(command, argument) : null;
    }
}
