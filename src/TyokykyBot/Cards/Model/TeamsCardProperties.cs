namespace TyokykyBot.Cards;

/// <summary>The card's Teams-only properties (the <c>msteams</c> object).</summary>
public sealed record TeamsCardProperties(string Width)
{
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}
