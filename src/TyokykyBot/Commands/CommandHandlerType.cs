namespace TyokykyBot.Commands;

/// <summary>One registered command handler and the command it answers.</summary>
public sealed record CommandHandlerType(Type Handler, CommandId Command);
