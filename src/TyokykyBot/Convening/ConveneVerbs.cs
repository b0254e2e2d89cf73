namespace TyokykyBot.Convening;

/// <summary>The convene card's Action.Execute verb.</summary>
public static class ConveneVerbs
{
    public const string Submit = "convene.submit";
}
