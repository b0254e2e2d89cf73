namespace TyokykyBot.Cards;

/// <summary>The answer to a refused click: one line, already localised by the caller.</summary>
public static class ErrorCard
{
    public static AdaptiveCard Create(string message) => AdaptiveCard.Create(new TextBlock(message) { Color = "attention" });
}
