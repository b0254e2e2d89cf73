namespace TyokykyBot.Status;

/// <summary>The status card's Action.Execute verbs.</summary>
public static class StatusVerbs
{
    public const string Refresh = "status.refresh";
}
