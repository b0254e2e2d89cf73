using System.Collections.Frozen;

namespace TyokykyBot.Commands;

/// <summary>Which handler type answers each command: built once, so a turn constructs only the handler it runs.</summary>
public sealed class CommandHandlers
{
    private readonly FrozenDictionary<CommandId, Type> byCommand;

    public CommandHandlers(IEnumerable<CommandHandlerType> handlers)
    {
        var owners = new Dictionary<CommandId, Type>();
        foreach (var (handler, command) in handlers)
        {
            if (!owners.TryAdd(command, handler))
            {
                throw new InvalidOperationException($"Command {command} is registered by both {owners[command].Name} and {handler.Name}.");
            }
        }

        byCommand = owners.ToFrozenDictionary();
    }

    public Type? Owner(CommandId command) => byCommand.GetValueOrDefault(command);
}
