using TyokykyBot.Features;

namespace TyokykyBot.Commands;

/// <summary>Every registered command, in the order the features added them (the help card's order).</summary>
public sealed class CommandKeys : HandlerKeys
{
    private readonly List<Command> commands = [];
    private readonly HashSet<string> words = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Command> Commands => commands;

    protected override string What => "Command";

    public void Add(Command command, Type owner)
    {
        Add(command.Name, owner);
        foreach (var word in command.Words)
        {
            if (!words.Add(word))
            {
                throw new InvalidOperationException($"The word '{word}' of command '{command.Name}' ({owner.Name}) already reaches another command.");
            }
        }

        commands.Add(command);
    }
}
