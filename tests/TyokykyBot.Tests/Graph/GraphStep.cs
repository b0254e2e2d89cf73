namespace TyokykyBot.Tests.Graph;

public enum GraphStep
{
    Install,
    Find,
    Chat,
}
