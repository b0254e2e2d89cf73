namespace TyokykyBot.Cards;

/// <summary>
/// Bounds what a card shows of a name: Entra ID allows 256-character display names, and a card
/// lists many people, several times each, within Teams' 28 KB.
/// </summary>
public static class CardText
{
    public const int MaxName = 64;

    public static string Name(string name) => Shorten(name, MaxName);

    /// <summary>The text, or its first <paramref name="max"/> − 1 characters and an ellipsis; a surrogate pair is not split.</summary>
    public static string Shorten(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1;
        return text[..cut].TrimEnd() + "…";
    }
}
