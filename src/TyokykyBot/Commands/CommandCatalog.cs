namespace TyokykyBot.Commands;

/// <summary>Every command the bot answers. The help card and the manifest's command list follow this table.</summary>
public static class CommandCatalog
{
    public static IReadOnlyList<Command> All { get; } =
    [
        new(CommandId.Convene, "neuvottelu", ["samtal", "meeting"], "Help.Convene",
            new Dictionary<string, string> { ["fi"] = "/neuvottelu", ["sv"] = "/neuvottelu", ["en"] = "/neuvottelu" }),
        new(CommandId.Help, "apua", ["help", "ohje", "hjälp", "hjalp"], "Help.Help",
            new Dictionary<string, string> { ["fi"] = "apua", ["sv"] = "hjälp", ["en"] = "help" }),
        new(CommandId.Language, "kieli", ["språk", "sprak", "language"], "Help.Language",
            new Dictionary<string, string> { ["fi"] = "kieli fi | sv | en", ["sv"] = "språk fi | sv | en", ["en"] = "language fi | sv | en" }),
    ];

    private static readonly Dictionary<string, Command> ByWord = All
        .SelectMany(c => c.Words.Select(w => (Word: w, Command: c)))
        .ToDictionary(x => x.Word, x => x.Command, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Reads "neuvottelu", "/NEUVOTTELU", "Apua", "kieli sv"… (mention already removed): the first word,
    /// with or without a leading slash, in any case; the rest is the argument.
    /// </summary>
    public static ParsedCommand? Parse(string text)
    {
        var trimmed = text.Trim();
        var space = trimmed.IndexOfAny([' ', '\t', '\n', '\r']);
        var word = (space < 0 ? trimmed : trimmed[..space]).TrimStart('/');
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        return ByWord.TryGetValue(word, out var command) ? new ParsedCommand(command, argument) : null;
    }
}
