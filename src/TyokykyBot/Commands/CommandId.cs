namespace TyokykyBot.Commands;

public enum CommandId
{
    Convene,
    Help,
    Language,
}
