namespace TyokykyBot.Commands;

public sealed record ParsedCommand(Command Command, string Argument);
